using System.Text.Json.Nodes;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Recipes.Tests;

public sealed class RecipeRoundTripTests
{
    [Fact]
    public async Task Export_WhenImportedIntoAFreshSite_ExportsTheSameJsonAgain()
    {
        string first;
        await using (var site = await TestTenant.CreateAsync())
        {
            await site.ImportAsync(await Recipes.BananAsync());
            first = await site.ExportAsync();
        }

        await using var copy = await TestTenant.CreateAsync();
        await copy.ImportAsync(first, "export.recipe.json");
        var second = await copy.ExportAsync();

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Export_AfterBananImport_HoldsEveryItemDefinitionAndSettingOfTheRecipe()
    {
        await using var site = await TestTenant.CreateAsync();
        await site.ImportAsync(await Recipes.BananAsync());

        var exported = JsonNode.Parse(await site.ExportAsync())!["steps"]!.AsArray();
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken))!["steps"]!.AsArray();

        foreach (var kind in new[] { "Settings", "Themes", "ContentDefinition" })
        {
            JsonAssert.Equivalent(Step(recipe, kind), Step(exported, kind), kind);
        }

        var exportedItems = Step(exported, "Content")["data"]!.AsArray().ToDictionary(i => i!["ContentItemId"]!.GetValue<string>());
        var recipeItems = Step(recipe, "Content")["data"]!.AsArray();
        Assert.Equal(recipeItems.Count, exportedItems.Count);
        foreach (var item in recipeItems.Cast<JsonObject>())
        {
            var id = item["ContentItemId"]!.GetValue<string>();
            var actual = exportedItems[id]!.AsObject();
            foreach (var (name, value) in item)
            {
                JsonAssert.Equivalent(value, actual[name], $"{id}.{name}");
            }
        }
    }

    private static JsonObject Step(JsonArray steps, string name)
        => steps.Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();
}
