using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>The ContentDefinition and Content steps of real Orchard Core recipes import without loss.</summary>
public sealed class OrchardRecipeTests
{
    /// <summary>
    /// Types Orchard's own features create in code (menus, taxonomies), which the recipes use but
    /// do not define. A site importing these recipes defines them first; so does the test.
    /// </summary>
    private static readonly JsonObject FeatureTypes = JsonNode.Parse("""
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Menu", "DisplayName": "Menu", "Settings": {}, "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
              { "PartName": "AliasPart", "Name": "AliasPart", "Settings": {} },
              { "PartName": "MenuPart", "Name": "MenuPart", "Settings": {} },
              { "PartName": "MenuItemsListPart", "Name": "MenuItemsListPart", "Settings": {} } ] },
            { "Name": "Taxonomy", "DisplayName": "Taxonomy", "Settings": {}, "ContentTypePartDefinitionRecords": [
              { "PartName": "TitlePart", "Name": "TitlePart", "Settings": {} },
              { "PartName": "AliasPart", "Name": "AliasPart", "Settings": {} },
              { "PartName": "AutoroutePart", "Name": "AutoroutePart", "Settings": {} },
              { "PartName": "TaxonomyPart", "Name": "TaxonomyPart", "Settings": {} } ] }
          ]
        }
        """)!.AsObject();

    [Theory]
    [InlineData("blog")]
    [InlineData("agency")]
    [InlineData("migrations")]
    public async Task Import_WhenOrchardRecipe_KeepsEveryTypePartAndFieldDefinition(string name)
    {
        var definitions = await OrchardFiles.StepsAsync(name, "ContentDefinition");
        await using var site = await TestTenant.CreateAsync();

        await site.ImportAsync(await OrchardFiles.RecipeOfAsync(name, definitions));

        var exported = await ExportedStepAsync(site, "ContentDefinition");
        foreach (var step in definitions)
        {
            foreach (var type in step["ContentTypes"]!.AsArray().Cast<JsonObject>())
            {
                var actual = Find(exported["ContentTypes"]!, type["Name"]!);
                JsonAssert.Equivalent(type, actual, $"ContentTypes.{type["Name"]}");
            }

            foreach (var part in step["ContentParts"]?.AsArray().Cast<JsonObject>() ?? [])
            {
                var actual = Find(exported["ContentParts"]!, part["Name"]!);
                JsonAssert.Equivalent(part, actual, $"ContentParts.{part["Name"]}");
            }
        }
    }

    [Theory]
    [InlineData("blog", 7)]
    [InlineData("agency", 3)]
    [InlineData("migrations", 1)]
    public async Task Import_WhenOrchardRecipe_KeepsEveryContentItemPartAndField(string name, int itemCount)
    {
        var steps = await OrchardFiles.StepsAsync(name, "ContentDefinition", "Content");
        await using var site = await TestTenant.CreateAsync();

        var report = await site.ImportAsync(await OrchardFiles.RecipeOfAsync(name, [FeatureTypes, .. steps]));

        Assert.Equal(itemCount, report["Content.Created"]);
        var exported = (await ExportedStepAsync(site, "Content"))["data"]!.AsArray().Cast<JsonObject>().ToList();
        foreach (var item in steps.Where(s => s["name"]!.GetValue<string>().Equals("content", StringComparison.OrdinalIgnoreCase))
            .SelectMany(s => (s["data"] ?? s["Data"])!.AsArray().Cast<JsonObject>()))
        {
            var actual = exported.Single(e => Matches(item, e));
            foreach (var (property, value) in item.Where(p => p.Value is JsonObject))
            {
                JsonAssert.Equivalent(value, actual[property], $"{item["ContentType"]}.{property}");
            }
        }
    }

    [Fact]
    public async Task Import_WhenRecipeUsesJavaScriptBeyondTheSubset_RefusesAndNamesThePath()
    {
        var steps = await OrchardFiles.StepsAsync("comingsoon", "ContentDefinition", "Content");
        await using var site = await TestTenant.CreateAsync();
        var before = await site.SnapshotAsync();

        var recipe = await OrchardFiles.RecipeOfAsync("comingsoon", steps);

        var error = await Assert.ThrowsAsync<RecipeException>(() => site.ImportAsync(recipe));

        Assert.Contains("unsupported script", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.steps[", error.JsonPath, StringComparison.Ordinal);
        Assert.Equal(before, await site.SnapshotAsync());
    }

    private static async Task<JsonObject> ExportedStepAsync(TestTenant site, string name)
        => JsonNode.Parse(await site.ExportAsync())!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();

    private static JsonObject Find(JsonNode list, JsonNode name)
        => list.AsArray().Cast<JsonObject>().Single(x => x["Name"]!.GetValue<string>() == name.GetValue<string>());

    /// <summary>Same id when the recipe fixes it; else same type and display text (unless that is a script too).</summary>
    private static bool Matches(JsonObject original, JsonObject exported)
    {
        var id = original["ContentItemId"]!.GetValue<string>();
        if (!IsScript(id))
        {
            return id == exported["ContentItemId"]!.GetValue<string>();
        }

        var text = original["DisplayText"]?.GetValue<string>();
        return original["ContentType"]!.GetValue<string>() == exported["ContentType"]!.GetValue<string>()
            && (text is null || IsScript(text) || text == exported["DisplayText"]?.GetValue<string>());
    }

    private static bool IsScript(string text) => text.TrimStart().StartsWith("[js:", StringComparison.Ordinal);
}
