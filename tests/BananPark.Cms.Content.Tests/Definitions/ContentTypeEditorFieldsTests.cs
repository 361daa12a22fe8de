using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests.Definitions;

public sealed class ContentTypeEditorFieldsTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(new RecipeBuilder().Type("Enterprise", "enterprises", ("LinkField", "Website"), ("TextField", "Motto")).Build());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task AddFieldAsync_AppendsTheFieldWithItsKindDisplayNameAndPosition()
    {
        var result = await AddAsync("Employees", "NumericField", "Number of employees");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var field = (await OwnFields())[^1];
        Assert.Equal(("NumericField", "Employees", "Number of employees", "2"),
            (field.FieldName, field.Name, field.DisplayName, ContentTypeEditorTests.Position(field.Settings, "ContentPartFieldSettings")));
    }

    [Fact]
    public async Task AddFieldAsync_OnATypeWithoutItsOwnPart_DefinesAndAttachesIt()
    {
        await _tenant.ImportAsync("""
            {"name":"t","steps":[{"name":"ContentDefinition","ContentTypes":[{"Name":"Page","ContentTypePartDefinitionRecords":[{"PartName":"TitlePart","Name":"TitlePart"}]}]}]}
            """);

        var result = await Editor(e => e.AddFieldAsync("Page", new NewFieldInput { DisplayName = "Summary", Name = "Summary", Kind = "TextField" }));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var definition = await Definitions();
        Assert.Equal(["TitlePart", "Page"], definition.FindType("Page")!.OrderedParts.Select(p => p.Name));
        Assert.Equal("Summary", Assert.Single(definition.FindPart("Page")!.Fields).Name);
    }

    [Theory]
    [InlineData("Motto", "TextField", "already has a field")]
    [InlineData("motto", "TextField", "already has a field")]
    [InlineData("Two words", "TextField", "not a valid technical name")]
    [InlineData("Ok\"Name", "TextField", "not a valid technical name")]
    [InlineData("Valid", "SpaceshipField", "Choose the kind")]
    [InlineData("Valid", null, "Choose the kind")]
    public async Task AddFieldAsync_WhenTheNameOrKindIsInvalid_RefusesAndSavesNothing(string name, string? kind, string expected)
    {
        var before = await _tenant.SnapshotAsync();

        var result = await AddAsync(name, kind, "Anything");

        Assert.Contains(expected, Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Theory]
    [InlineData("Number of employees", "NumberOfEmployees")]
    [InlineData("Motto", "Motto2")]
    [InlineData("网站", "Field")]
    public async Task SuggestFieldNameAsync_MakesAFreePascalCaseName(string displayName, string expected)
        => Assert.Equal(expected, await Editor(e => e.SuggestFieldNameAsync("Enterprise", displayName)));

    [Fact]
    public async Task MoveFieldAsync_SwapsTheFieldWithItsNeighbour()
    {
        var result = await Editor(e => e.MoveFieldAsync("Enterprise", "Motto", -1));

        Assert.True(result.Succeeded);
        Assert.Equal([("Motto", "0"), ("Website", "1")], (await OwnFields()).Select(f => (f.Name, ContentTypeEditorTests.Position(f.Settings, "ContentPartFieldSettings"))));
        Assert.False((await Editor(e => e.MoveFieldAsync("Enterprise", "Website", +1))).Succeeded);
    }

    [Fact]
    public async Task RemoveFieldAsync_ChangesTheDefinitionAndKeepsTheStoredValues()
    {
        var item = await SaveAsync(new ContentItemBuilder("Enterprise").WithTitle("Chang'an").WithText("Motto", "Drive on").Build());

        var result = await Editor(e => e.RemoveFieldAsync("Enterprise", "Motto"));

        Assert.True(result.Succeeded);
        Assert.Equal(["Website"], (await OwnFields()).Select(f => f.Name));
        var stored = await _tenant.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(item.ContentItemId, VersionOptions.Latest));
        Assert.Equal("Drive on", stored!.GetField<TextField>("Enterprise", "Motto")!.Text);
    }

    [Fact]
    public async Task AddFieldAsync_WithTheNameAndKindOfARemovedField_BringsItsValuesBack()
    {
        var item = await SaveAsync(new ContentItemBuilder("Enterprise").WithTitle("Chang'an").WithText("Motto", "Drive on").Build());
        await Editor(e => e.RemoveFieldAsync("Enterprise", "Motto"));
        var edited = (await _tenant.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(item.ContentItemId, VersionOptions.Latest)))!;
        edited.DisplayText = "Chang'an Suzuki";
        await SaveAsync(edited);

        var result = await AddAsync("Motto", "TextField", "Motto");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Contains("1 item(s)", result.Summary, StringComparison.Ordinal);
        var stored = await _tenant.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(item.ContentItemId));
        Assert.Equal("Drive on", stored!.GetField<TextField>("Enterprise", "Motto")!.Text);
    }

    [Fact]
    public async Task AddFieldAsync_WhenKeptValuesDoNotFitTheKind_RefusesUntilTheyArePurged()
    {
        await SaveAsync(new ContentItemBuilder("Enterprise").WithTitle("Chang'an").WithText("Motto", "Drive on").Build());
        await Editor(e => e.RemoveFieldAsync("Enterprise", "Motto"));

        var refused = await AddAsync("Motto", "NumericField", "Motto");

        Assert.Contains("do not fit a NumericField", Assert.Single(refused.Errors), StringComparison.Ordinal);
        Assert.Equal(["Website"], (await OwnFields()).Select(f => f.Name));
        await _tenant.RunAsync<StoredFieldData, PurgeResult>(s => s.PurgeAsync("Enterprise", "Motto"));
        Assert.True((await AddAsync("Motto", "NumericField", "Motto")).Succeeded);
    }

    private Task<EditorResult> AddAsync(string name, string? kind, string displayName)
        => Editor(e => e.AddFieldAsync("Enterprise", new NewFieldInput { DisplayName = displayName, Name = name, Kind = kind }));

    private Task<ContentItem> SaveAsync(ContentItem item) => _tenant.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(item, publish: true));

    private Task<T> Editor<T>(Func<ContentTypeEditor, Task<T>> work) => _tenant.RunAsync(work);

    private Task<ContentDefinition> Definitions() => _tenant.RunAsync<IContentDefinitionManager, ContentDefinition>(d => d.GetAsync());

    private async Task<IReadOnlyList<ContentPartFieldDefinition>> OwnFields() => (await Definitions()).FindPart("Enterprise")!.OrderedFields.ToList();
}
