using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Recipes.Tests;

public sealed class RecipeItemExportTests
{
    [Fact]
    public async Task Export_WithChosenItems_WritesOnlyThoseItemsAndTheirTypes()
    {
        await using var site = await TestTenant.CreateAsync();
        await site.ImportAsync(await Recipes.BananAsync());
        var recipe = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken))!;
        var enterprises = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray()
            .Where(i => i!["ContentType"]!.GetValue<string>() == "Enterprise").Take(2)
            .Select(i => i!["ContentItemId"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var options = new RecipeExportOptions
        {
            ContentTypes = new HashSet<string>(["Enterprise"], StringComparer.Ordinal),
            ContentItemIds = enterprises,
            Steps = new HashSet<string>(["ContentDefinition", "Content"], StringComparer.Ordinal),
        };

        var text = await site.RunAsync<RecipeExporter, string>(exporter => exporter.ExportTextAsync("items", null, options));

        var steps = JsonNode.Parse(text)!["steps"]!.AsArray();
        Assert.Equal(["ContentDefinition", "Content"], steps.Select(s => s!["name"]!.GetValue<string>()));
        var ids = steps[1]!["data"]!.AsArray().Select(i => i!["ContentItemId"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(enterprises, ids);
        Assert.Equal(["Enterprise"], steps[0]!["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()));
    }
}
