using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Tests;

public sealed class WorkflowTests : WorkflowTestBase
{
    [Fact]
    public async Task PublishAsync_WhenAlreadyPublished_ReturnsFalseAndWritesNothing()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var before = await Tenant.SnapshotAsync();

        Assert.False(await Manager(m => m.PublishAsync(item.ContentItemId)));
        Assert.False(await Manager(m => m.PublishAsync("4nosuchitem000000000000000")));

        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

    [Fact]
    public async Task UnpublishAsync_WhenADraftIsNewer_KeepsTheDraftAsLatestAndPublishesNothing()
    {
        var item = await SaveAsync(Enterprise("Huike", "old").Build(), publish: true);
        await SaveAsync(WithSummary(item, "new"), publish: false);

        Assert.True(await Manager(m => m.UnpublishAsync(item.ContentItemId)));

        Assert.Null(await PublishedAsync(item.ContentItemId));
        Assert.Equal("new", Summary(await LatestAsync(item.ContentItemId)));
        var versions = await VersionsAsync(item.ContentItemId);
        Assert.Equal(2, versions.Count);
        Assert.DoesNotContain(versions, v => v.Published);
        Assert.Equal([false, true], versions.Select(v => v.Latest));
    }

    [Fact]
    public async Task UnpublishAsync_WhenNothingIsPublished_ReturnsFalse()
    {
        var draft = await SaveAsync(Enterprise("Huike").Build(), publish: false);

        Assert.False(await Manager(m => m.UnpublishAsync(draft.ContentItemId)));
    }

    [Fact]
    public async Task DeleteAsync_WhenPublished_HidesTheItemAndKeepsEveryVersionInTheTrash()
    {
        var item = await SaveAsync(Enterprise("Huike", "old").Build(), publish: true);
        await SaveAsync(WithSummary(item, "new"), publish: false);
        var kept = await SaveAsync(Enterprise("Yingyang").Build(), publish: true);

        Assert.True(await Manager(m => m.DeleteAsync(item.ContentItemId)));

        Assert.Null(await LatestAsync(item.ContentItemId));
        Assert.Null(await PublishedAsync(item.ContentItemId));
        Assert.Null(await Manager(m => m.GetByRouteAsync("enterprises/huike")));
        Assert.Equal(2, (await VersionsAsync(item.ContentItemId)).Count);
        var trash = await Manager(m => m.GetTrashAsync());
        Assert.Equal([item.ContentItemId], trash.Select(i => i.ContentItemId));
        Assert.Equal("new", Summary(trash[0]));
        Assert.Equal([kept.ContentItemId], (await QueryAsync(new ContentQuery { Version = VersionOptions.Latest })).Select(i => i.ContentItemId));
        Assert.Equal([kept.ContentItemId], (await QueryAsync(new ContentQuery { ContentType = "Enterprise" })).Select(i => i.ContentItemId));
        Assert.False(await Manager(m => m.DeleteAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task GetTrashAsync_WhenSeveralItemsAreDeleted_ListsEachOnceMostRecentlyDeletedFirst()
    {
        var older = await SaveAsync(Enterprise("Older").Build(), publish: true);
        await SaveAsync(WithSummary(older, "second version"), publish: true);
        var newer = await SaveAsync(Enterprise("Newer").Build(), publish: true);
        await Manager(m => m.DeleteAsync(newer.ContentItemId));
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Manager(m => m.DeleteAsync(older.ContentItemId));

        var trash = await Manager(m => m.GetTrashAsync());

        Assert.Equal([older.ContentItemId, newer.ContentItemId], trash.Select(i => i.ContentItemId));
        Assert.Equal("second version", Summary(trash[0]));
        Assert.Equal([newer.ContentItemId], (await Manager(m => m.GetTrashAsync(skip: 1, take: 5))).Select(i => i.ContentItemId));
    }

    [Fact]
    public async Task RestoreAsync_WhenInTheTrash_BringsTheNewestVersionBackAsADraft()
    {
        var item = await SaveAsync(Enterprise("Huike", "old").Build(), publish: true);
        await SaveAsync(WithSummary(item, "new"), publish: false);
        await Manager(m => m.DeleteAsync(item.ContentItemId));

        Assert.True(await Manager(m => m.RestoreAsync(item.ContentItemId)));

        var latest = await LatestAsync(item.ContentItemId);
        Assert.Equal("new", Summary(latest));
        Assert.False(latest!.Published);
        Assert.Null(await PublishedAsync(item.ContentItemId));
        Assert.Empty(await Manager(m => m.GetTrashAsync()));
        Assert.Equal([false, true], (await VersionsAsync(item.ContentItemId)).Select(v => v.Latest));
        Assert.Equal(ContentEventKind.Restored, Events.KindsFor(item.ContentItemId)[^1]);
    }

    [Fact]
    public async Task RestoreAsync_WhenNotInTheTrash_ReturnsFalse()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var before = await Tenant.SnapshotAsync();

        Assert.False(await Manager(m => m.RestoreAsync(item.ContentItemId)));
        Assert.False(await Manager(m => m.RestoreAsync("4nosuchitem000000000000000")));

        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

    [Fact]
    public async Task RestoreVersionAsync_WhenAnOldVersionIsChosen_SavesItsContentAsANewDraftAndLeavesThePublishedOne()
    {
        var first = await SaveAsync(Enterprise("Huike", "first").Build(), publish: true);
        var second = await SaveAsync(WithSummary(first, "second"), publish: true);

        var restored = await Manager(m => m.RestoreVersionAsync(first.ContentItemId, first.ContentItemVersionId));

        Assert.NotNull(restored);
        Assert.DoesNotContain(restored.ContentItemVersionId, new[] { first.ContentItemVersionId, second.ContentItemVersionId });
        Assert.True(restored.Latest);
        Assert.False(restored.Published);
        Assert.Equal("first", Summary(await LatestAsync(first.ContentItemId)));
        var published = await PublishedAsync(first.ContentItemId);
        Assert.Equal(second.ContentItemVersionId, published!.ContentItemVersionId);
        Assert.Equal("second", Summary(published));
        Assert.Equal(3, (await VersionsAsync(first.ContentItemId)).Count);
        var last = Events.All[^1];
        Assert.Equal(ContentEventKind.Restored, last.Kind);
        Assert.Equal(restored.ContentItemVersionId, last.Item.ContentItemVersionId);
    }

    [Fact]
    public async Task RestoreVersionAsync_WhenTheVersionIsUnknown_ReturnsNullAndWritesNothing()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var before = await Tenant.SnapshotAsync();

        Assert.Null(await Manager(m => m.RestoreVersionAsync(item.ContentItemId, "4nosuchversion000000000000")));

        Assert.Equal(before, await Tenant.SnapshotAsync());
    }

}
