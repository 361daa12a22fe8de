using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Recipes.Tests;

internal static class Recipes
{
    public static Task<RecipeDescriptor> BananAsync() => RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe);

    public static RecipeDescriptor Read(string json) => RecipeReader.Read(json, "test.recipe.json");
}
