using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests.Definitions;

public sealed class StoredFieldDataTests : IAsyncLifetime
{
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync();
        await _tenant.ImportAsync(new RecipeBuilder()
            .Type("Enterprise", "enterprises", ("TextField", "Motto"), ("NumericField", "Employees"))
            .Type("Group", "groups", ("TextField", "Motto"))
            .Build());
    }

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task FindRemovedAsync_ListsPropertiesNoFieldDefinesWithTheirItems()
    {
        await SaveAsync(Enterprise("Chang'an", "Drive on", 500));
        await SaveAsync(Enterprise("Blue Moon", "Clean", null));
        Assert.Empty(await Stored(s => s.FindRemovedAsync("Enterprise")));

        await _tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.RemoveFieldAsync("Enterprise", "Motto"));

        Assert.Equal([new RemovedFieldData("Motto", 2)], await Stored(s => s.FindRemovedAsync("Enterprise")));
        Assert.Empty(await Stored(s => s.FindRemovedAsync("Group")));
    }

    [Fact]
    public async Task PurgeAsync_RemovesThePropertyFromEveryVersionOfEveryItemOfTheType()
    {
        var changan = await SaveAsync(Enterprise("Chang'an", "Drive on", 500));
        var second = changan.Clone();
        second.Apply(new TitlePart { Title = "Chang'an Suzuki" });
        second = await SaveAsync(second);
        var draft = second.Clone();
        draft.SetField("Enterprise", "Motto", new TextField { Text = "Drive further" });
        await _tenant.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(draft, publish: false));
        var blueMoon = await SaveAsync(Enterprise("Blue Moon", "Clean", 80));
        var group = await SaveAsync(new ContentItemBuilder("Group").WithTitle("Jieshi").WithText("Motto", "Group motto").Build());
        await _tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.RemoveFieldAsync("Enterprise", "Motto"));
        Assert.Equal((2, 4), await Counts("Motto"));

        var result = await Stored(s => s.PurgeAsync("Enterprise", "Motto"));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal((2, 4), (result.Items, result.Versions));
        var versions = (await Versions(changan.ContentItemId)).Concat(await Versions(blueMoon.ContentItemId)).ToList();
        Assert.Equal(4, versions.Count);
        Assert.All(versions, v => Assert.Null(v.GetField<TextField>("Enterprise", "Motto")));
        Assert.All(versions, v => Assert.NotNull(v.GetField<NumericField>("Enterprise", "Employees")));
        Assert.Equal("Group motto", (await Versions(group.ContentItemId)).Single().GetField<TextField>("Group", "Motto")!.Text);
        Assert.Empty(await Stored(s => s.FindRemovedAsync("Enterprise")));
        Assert.Equal((0, 0), await Counts("Motto"));
    }

    [Fact]
    public async Task PurgeAsync_WhenTheFieldIsStillDefined_RefusesAndChangesNothing()
    {
        await SaveAsync(Enterprise("Chang'an", "Drive on", 500));
        var before = await _tenant.SnapshotAsync();

        var result = await Stored(s => s.PurgeAsync("Enterprise", "Motto"));

        Assert.Contains("remove the field first", Assert.Single(result.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task PurgeAsync_EvictsThePublishedContentCache()
    {
        var item = await SaveAsync(Enterprise("Chang'an", "Drive on", 500));
        Assert.NotNull((await _tenant.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(item.ContentItemId)))!.GetField<TextField>("Enterprise", "Motto"));
        await _tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.RemoveFieldAsync("Enterprise", "Motto"));

        await Stored(s => s.PurgeAsync("Enterprise", "Motto"));

        var published = await _tenant.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(item.ContentItemId));
        Assert.Null(published!.GetField<TextField>("Enterprise", "Motto"));
    }

    private static ContentItem Enterprise(string title, string motto, decimal? employees)
        => new ContentItemBuilder("Enterprise").WithTitle(title).WithText("Motto", motto).WithNumber("Employees", employees).Build();

    private async Task<(int, int)> Counts(string property)
    {
        var count = await Stored(s => s.CountAsync("Enterprise", property));
        return (count.Items, count.Versions);
    }

    private Task<ContentItem> SaveAsync(ContentItem item) => _tenant.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(item, publish: true));

    private Task<IReadOnlyList<ContentItem>> Versions(string id) => _tenant.RunAsync<IContentManager, IReadOnlyList<ContentItem>>(m => m.GetVersionsAsync(id));

    private Task<T> Stored<T>(Func<StoredFieldData, Task<T>> work) => _tenant.RunAsync(work);
}
