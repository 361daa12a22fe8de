using BananPark.Cms.Core.Recipes;

namespace BananPark.Cms.Recipes.Services;

/// <summary><see cref="IRecipeRunner"/>: a recipe of the recipes folder, found by the catalog, imported by the executor.</summary>
internal sealed class RecipeRunner(RecipeCatalog catalog, RecipeExecutor executor) : IRecipeRunner
{
    public async Task<RecipeReport> RunAsync(
        string recipeName, IReadOnlyDictionary<string, string> parameters, IProgress<RecipeProgress>? progress, CancellationToken cancellationToken)
    {
        var recipe = await catalog.GetAsync(recipeName, cancellationToken);
        return await executor.ExecuteAsync(recipe, parameters, dryRun: false, progress, cancellationToken);
    }
}
