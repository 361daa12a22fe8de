using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests.Definitions;

public sealed class ContentTypeEditorTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(new RecipeBuilder().Type("Enterprise", "enterprises", ("LinkField", "Website"), ("TextField", "Motto")).Build());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task CreateTypeAsync_WithValidInput_AddsTitlePartItsOwnPartAndTheFlags()
    {
        var input = ContentTypeInput.ForNewType();
        input.Name = "Event";
        input.DisplayName = " Park event ";
        input.Securable = false;

        var result = await Editor(e => e.CreateTypeAsync(input));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var definition = await Definitions();
        var type = definition.FindType("Event")!;
        Assert.Equal("Park event", type.DisplayName);
        Assert.Equal([("TitlePart", "0"), ("Event", "1")], type.Parts.Select(p => (p.PartName, Position(p.Settings, "ContentTypePartSettings"))));
        Assert.Equal((true, true, true, true, false), (type.TypeSettings.Creatable, type.TypeSettings.Listable, type.TypeSettings.Draftable, type.TypeSettings.Versionable, type.TypeSettings.Securable));
        Assert.NotNull(definition.FindPart("Event"));
    }

    [Theory]
    [InlineData("", "Enter a technical name")]
    [InlineData("1Event", "not a valid technical name")]
    [InlineData("Park event", "not a valid technical name")]
    [InlineData("Park_event", "not a valid technical name")]
    [InlineData("<script>", "not a valid technical name")]
    [InlineData("enterprise", "already exists")]
    [InlineData("TitlePart", "reserved")]
    [InlineData("TextField", "reserved")]
    [InlineData("Owner", "reserved")]
    public async Task CreateTypeAsync_WhenTheNameIsInvalidOrTaken_RefusesAndSavesNothing(string name, string expected)
    {
        var before = await _tenant.SnapshotAsync();

        var result = await Editor(e => e.CreateTypeAsync(new ContentTypeInput { Name = name, DisplayName = "Anything" }));

        Assert.False(result.Succeeded);
        Assert.Contains(expected, Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task CreateTypeAsync_WithoutDisplayName_Refuses()
    {
        var result = await Editor(e => e.CreateTypeAsync(new ContentTypeInput { Name = "Event", DisplayName = "  " }));

        Assert.Equal(["Enter a display name."], result.Errors);
        Assert.Null((await Definitions()).FindType("Event"));
    }

    [Theory]
    [InlineData("Park event", "ParkEvent")]
    [InlineData("  investment   news! ", "InvestmentNews")]
    [InlineData("Café opening", "CafeOpening")]
    [InlineData("企业", "Type")]
    [InlineData("3D printing", "Type3DPrinting")]
    [InlineData("Enterprise", "Enterprise2")]
    [InlineData("Title part", "TitlePart2")]
    public async Task SuggestTypeNameAsync_MakesAFreePascalCaseName(string displayName, string expected)
        => Assert.Equal(expected, await Editor(e => e.SuggestTypeNameAsync(displayName)));

    [Fact]
    public async Task UpdateTypeAsync_ChangesTheDisplayNameAndFlagsAndKeepsOtherSettings()
    {
        await _tenant.ImportAsync("""
            {"name":"t","steps":[{"name":"ContentDefinition","ContentTypes":[{"Name":"Enterprise","Settings":{
              "ContentTypeSettings":{"Stereotype":"Directory"},"ListingSettings":{"Path":"enterprises"}}}]}]}
            """);

        var result = await Editor(e => e.UpdateTypeAsync("Enterprise", new ContentTypeInput { DisplayName = "Company", Draftable = true }));

        Assert.True(result.Succeeded);
        var type = (await Definitions()).FindType("Enterprise")!;
        Assert.Equal("Company", type.DisplayName);
        Assert.Equal((false, false, true, "Directory"), (type.TypeSettings.Creatable, type.TypeSettings.Listable, type.TypeSettings.Draftable, type.TypeSettings.Stereotype));
        Assert.Equal("enterprises", type.Settings["ListingSettings"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task AddPartAsync_AppendsThePartAfterTheOthers()
    {
        var result = await Editor(e => e.AddPartAsync("Enterprise", "HtmlBodyPart"));

        Assert.True(result.Succeeded);
        Assert.Equal(["TitlePart", "Enterprise", "AutoroutePart", "HtmlBodyPart"], await PartOrder());
    }

    [Fact]
    public async Task AddPartAsync_WhenThePartIsAttachedOrUnknown_Refuses()
    {
        Assert.False((await Editor(e => e.AddPartAsync("Enterprise", "TitlePart"))).Succeeded);
        Assert.False((await Editor(e => e.AddPartAsync("Enterprise", "NoSuchPart"))).Succeeded);
        Assert.False((await Editor(e => e.AddPartAsync("Enterprise", "Enterprise"))).Succeeded);
        Assert.Equal(["TitlePart", "Enterprise", "AutoroutePart"], await PartOrder());
    }

    [Fact]
    public async Task RemovePartAsync_DetachesThePartAndRenumbersTheRest()
    {
        var result = await Editor(e => e.RemovePartAsync("Enterprise", "TitlePart"));

        Assert.True(result.Succeeded);
        var type = (await Definitions()).FindType("Enterprise")!;
        Assert.Equal([("Enterprise", "0"), ("AutoroutePart", "1")], type.OrderedParts.Select(p => (p.Name, Position(p.Settings, "ContentTypePartSettings"))));
    }

    [Fact]
    public async Task RemovePartAsync_WhenItIsTheTypesOwnPart_Refuses()
    {
        var result = await Editor(e => e.RemovePartAsync("Enterprise", "Enterprise"));

        Assert.Contains("cannot be removed", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(["TitlePart", "Enterprise", "AutoroutePart"], await PartOrder());
    }

    [Fact]
    public async Task MovePartAsync_SwapsThePartWithItsNeighbour()
    {
        Assert.True((await Editor(e => e.MovePartAsync("Enterprise", "AutoroutePart", -1))).Succeeded);
        Assert.Equal(["TitlePart", "AutoroutePart", "Enterprise"], await PartOrder());

        Assert.True((await Editor(e => e.MovePartAsync("Enterprise", "TitlePart", +1))).Succeeded);
        Assert.Equal(["AutoroutePart", "TitlePart", "Enterprise"], await PartOrder());

        Assert.False((await Editor(e => e.MovePartAsync("Enterprise", "AutoroutePart", -1))).Succeeded);
    }

    [Fact]
    public async Task AttachableParts_OffersStandardAndReusablePartsNotYetAttached()
    {
        await _tenant.ImportAsync("""{"name":"t","steps":[{"name":"ContentDefinition","ContentParts":[{"Name":"SeoPart"}]}]}""");
        var definition = await Definitions();

        var parts = await Editor(e => Task.FromResult(e.AttachableParts(definition, definition.FindType("Enterprise")!)));

        Assert.Equal(["HtmlBodyPart", "MarkdownBodyPart", "ListPart", "SeoMetaPart", "SeoPart"], parts);
    }

    private Task<T> Editor<T>(Func<ContentTypeEditor, Task<T>> work) => _tenant.RunAsync(work);

    private Task<ContentDefinition> Definitions() => _tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync());

    private async Task<List<string>> PartOrder() => (await Definitions()).FindType("Enterprise")!.OrderedParts.Select(p => p.Name).ToList();

    internal static string? Position(JsonObject settings, string group) => settings[group]?["Position"]?.GetValue<string>();
}
