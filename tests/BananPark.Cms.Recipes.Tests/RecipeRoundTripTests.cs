using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
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
    public async Task Export_AfterBananImport_KeepsTheGroupFieldMarkedAsAFacet()
    {
        await using var site = await TestTenant.CreateAsync();
        await site.ImportAsync(await Recipes.BananAsync());

        var definition = Step(JsonNode.Parse(await site.ExportAsync())!["steps"]!.AsArray(), "ContentDefinition");
        var group = definition["ContentParts"]!.AsArray().Single(p => (string?)p!["Name"] == "Enterprise")!["ContentPartFieldDefinitionRecords"]!.AsArray()
            .Single(f => (string?)f!["Name"] == "Group")!;

        Assert.True(group["Settings"]!["ContentPartFieldSettings"]!["Facet"]!.GetValue<bool>());
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

    [Fact]
    public async Task Export_OfATypeWithAGeoPointFieldAndAnItem_GivesBackTheSameJson()
    {
        var item = new ContentItemBuilder("Landmark").WithId("landmark1").WithTitle("North gate").WithRoute("landmarks/north-gate")
            .With(i => i.SetField("Landmark", "Location", new GeoPointField { Latitude = 29.5m, Longitude = -106.25m })).Build();
        var recipe = new RecipeBuilder().Type("Landmark", "landmarks", ("GeoPointField", "Location")).Content(item).ToJson();
        recipe["steps"]![0]!["ContentParts"]![0]!["ContentPartFieldDefinitionRecords"]![0]!["Settings"] = JsonNode.Parse(
            """{"ContentPartFieldSettings":{"DisplayName":"Location"},"GeoPointFieldSettings":{"Hint":"Decimal degrees.","Required":true}}""");

        string exported;
        await using (var site = await TestTenant.CreateAsync())
        {
            await site.ImportAsync(recipe.ToJsonString());
            exported = await site.ExportAsync();
        }

        var steps = JsonNode.Parse(exported)!["steps"]!.AsArray();
        var field = Step(steps, "ContentDefinition")["ContentParts"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == "Landmark")!["ContentPartFieldDefinitionRecords"]![0]!;
        JsonAssert.Equivalent(recipe["steps"]![0]!["ContentParts"]![0]!["ContentPartFieldDefinitionRecords"]![0], field, "field");
        var stored = Step(steps, "Content")["data"]!.AsArray().Single(i => i!["ContentItemId"]!.GetValue<string>() == "landmark1")!;
        Assert.Equal("""{"Latitude":29.5,"Longitude":-106.25}""", stored["Landmark"]!["Location"]!.ToJsonString());

        await using var copy = await TestTenant.CreateAsync();
        await copy.ImportAsync(exported, "export.recipe.json");
        Assert.Equal(exported, await copy.ExportAsync());
    }

    private static JsonObject Step(JsonArray steps, string name)
        => steps.Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();
}
