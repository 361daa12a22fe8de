using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>Import of valid and hostile recipes; a rejected recipe leaves the store exactly as it was.</summary>
public sealed class RecipeImportTests : IAsyncLifetime
{
    private const string Group = "Group";
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(await Recipes.BananAsync());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task ImportAsync_WhenBananRecipeImportedAgain_ChangesNothing()
    {
        var before = await _tenant.SnapshotAsync();

        var report = await _tenant.ImportAsync(await Recipes.BananAsync());

        Assert.Equal(30, report["Content.Unchanged"]);
        Assert.Equal(0, report["Content.Created"]);
        Assert.Equal(0, report["Content.Updated"]);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WhenDryRun_ReportsButStoresNothing()
    {
        var before = await _tenant.SnapshotAsync();
        var recipe = new RecipeBuilder().Content(new ContentItemBuilder(Group).WithTitle("Yudong").WithRoute("groups/yudong").Build()).Build();

        var report = await _tenant.ImportAsync(Recipes.Read(recipe), dryRun: true);

        Assert.Equal(1, report["Content.Created"]);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task ImportAsync_WhenStepIsUnknown_RejectsBeforeWritingEarlierSteps()
    {
        var recipe = new RecipeBuilder()
            .Content(new ContentItemBuilder(Group).WithTitle("Yudong").Build())
            .Step(new JsonObject { ["name"] = "Workflows", ["data"] = new JsonArray() })
            .Build();

        var error = await RejectsAsync(recipe);

        Assert.Equal("Workflows", error.StepName);
        Assert.Equal("$.steps[1]", error.JsonPath);
        Assert.Contains("unknown step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenContentTypeIsUnknown_NamesItemAndPath()
    {
        var error = await RejectsAsync(new RecipeBuilder().Content(new ContentItemBuilder("Spaceship").WithTitle("Apollo").Build()).Build());

        Assert.Equal("Content", error.StepName);
        Assert.Equal("$.steps[0].data[0].ContentType", error.JsonPath);
        Assert.Equal("Apollo", error.Item);
        Assert.Contains("Spaceship", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenPartIsUnknown_NamesThePart()
    {
        var item = new ContentItemBuilder(Group).WithTitle("Yudong").With(i => i.Content["WeatherPart"] = new JsonObject { ["Sunny"] = true }).Build();

        var error = await RejectsAsync(new RecipeBuilder().Content(item).Build());

        Assert.Equal("$.steps[0].data[0].WeatherPart", error.JsonPath);
        Assert.Contains("WeatherPart", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenIdsRepeat_NamesBothPlaces()
    {
        var item = new ContentItemBuilder(Group).WithTitle("Yudong").Build();

        var error = await RejectsAsync(new RecipeBuilder().Content(item, item).Build());

        Assert.Equal("$.steps[0].data[1].ContentItemId", error.JsonPath);
        Assert.Contains("data[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenIdIsMissing_Rejects()
    {
        var item = new ContentItemBuilder(Group).WithTitle("Yudong").WithId("").Build();

        var error = await RejectsAsync(new RecipeBuilder().Content(item).Build());

        Assert.Equal("$.steps[0].data[0].ContentItemId", error.JsonPath);
    }

    [Theory]
    [InlineData("Area", """{"Value":"ten"}""", "Group.Area.Value")]
    [InlineData("Area", "\"10.3\"", "Group.Area")]
    public async Task ImportAsync_WhenFieldValueHasWrongShape_NamesTheJsonPath(string field, string value, string path)
    {
        var item = new ContentItemBuilder(Group).WithTitle("Yudong").With(i => i.Content[Group] = new JsonObject { [field] = JsonNode.Parse(value) }).Build();

        var error = await RejectsAsync(new RecipeBuilder().Content(item).Build());

        Assert.Equal($"$.steps[0].data[0].{path}", error.JsonPath);
    }

    [Fact]
    public async Task ImportAsync_WhenRouteCollidesWithAnExistingItem_Rejects()
    {
        var error = await RejectsAsync(new RecipeBuilder().Content(new ContentItemBuilder(Group).WithTitle("Fake").WithRoute("groups/jieshi").Build()).Build());

        Assert.Equal("$.steps[0].data[0].AutoroutePart.Path", error.JsonPath);
        Assert.Contains("Jieshi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_WhenTwoNewItemsShareARoute_Rejects()
    {
        var error = await RejectsAsync(new RecipeBuilder().Content(
            new ContentItemBuilder(Group).WithTitle("A").WithRoute("groups/new").Build(),
            new ContentItemBuilder(Group).WithTitle("B").WithRoute("Groups/New").Build()).Build());

        Assert.Equal("$.steps[0].data[1].AutoroutePart.Path", error.JsonPath);
    }

    [Fact]
    public async Task ImportAsync_WhenRouteIsUnsafe_Rejects()
    {
        var error = await RejectsAsync(new RecipeBuilder().Content(new ContentItemBuilder(Group).WithTitle("X").WithRoute("groups/../admin").Build()).Build());

        Assert.Equal("$.steps[0].data[0].AutoroutePart.Path", error.JsonPath);
    }

    [Fact]
    public async Task ImportAsync_WhenALaterStepFails_RollsBackEarlierSteps()
    {
        var recipe = new RecipeBuilder()
            .Type("Project", "projects", ("TextField", "Stage"))
            .Content(new ContentItemBuilder(Group).WithTitle("Yudong").Build())
            .Content(new ContentItemBuilder("Project").WithTitle("Broken").With(i => i.Content["Project"] = new JsonObject { ["Stage"] = new JsonObject { ["Text"] = 3 } }).Build())
            .Build();

        var error = await RejectsAsync(recipe);

        Assert.Equal("$.steps[2].data[0].Project.Stage.Text", error.JsonPath);
    }

    [Fact]
    public async Task ImportAsync_WhenScriptIsUnsupported_NamesItsPath()
    {
        var item = new ContentItemBuilder(Group).WithTitle("X").With(i => i.DisplayText = "[js: new Date().toISOString()]").Build();

        var error = await RejectsAsync(new RecipeBuilder().Content(item).Build());

        Assert.Equal("$.steps[0].data[0].DisplayText", error.JsonPath);
        Assert.Contains("unsupported script", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"ContentDefinition","ContentTypes":[{"Name":"Bad Name!"}]}""", "$.steps[0].ContentTypes[0].Name")]
    [InlineData("""{"name":"ContentDefinition","ContentTypes":{"Name":"Park"}}""", "$.steps[0].ContentTypes")]
    [InlineData("""{"name":"ContentDefinition","ContentParts":[{"Name":"P","ContentPartFieldDefinitionRecords":[{"FieldName":"TextField","Name":"A"},{"FieldName":"TextField","Name":"A"}]}]}""", "$.steps[0].ContentParts[0].ContentPartFieldDefinitionRecords[1]")]
    [InlineData("""{"name":"Content","data":{"ContentType":"Group"}}""", "$.steps[0].data")]
    [InlineData("""{"name":"Content","data":[42]}""", "$.steps[0].data[0]")]
    [InlineData("""{"name":"Themes","Site":"NoSuchTheme"}""", "$.steps[0].Site")]
    [InlineData("""{"name":"Settings","PageSize":"many"}""", "$.steps[0].PageSize")]
    public async Task ImportAsync_WhenStepIsMalformed_NamesThePath(string step, string path)
    {
        var error = await RejectsAsync($$"""{"name":"bad","steps":[{{step}}]}""");

        Assert.Equal(path, error.JsonPath);
    }

    private async Task<RecipeException> RejectsAsync(string recipe)
    {
        var before = await _tenant.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => _tenant.ImportAsync(recipe, "bad.recipe.json"));

        Assert.Equal("bad.recipe.json", error.RecipeSource);
        Assert.Equal(before, await _tenant.SnapshotAsync());
        return error;
    }
}
