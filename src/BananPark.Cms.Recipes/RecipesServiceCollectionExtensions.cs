using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Recipes;

public static class RecipesServiceCollectionExtensions
{
    /// <summary>The recipe reader's catalog, the executor, the runner setup calls, and the exporter. Steps come from the capabilities.</summary>
    public static IServiceCollection AddCmsRecipes(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RecipesOptions>().Bind(configuration.GetSection("Cms:Recipes")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<RecipesOptions>, RecipesOptionsValidation>();
        services.AddSingleton<RecipeCatalog>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeRunner, RecipeRunner>();
        services.AddScoped<RecipeExporter>();
        return services;
    }
}
