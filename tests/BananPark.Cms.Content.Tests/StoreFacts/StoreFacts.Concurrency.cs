using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>The concurrency stamp: a save against a newer stamp is refused and writes nothing.</summary>
public abstract partial class StoreFacts
{
    [Fact]
    public async Task SaveAsync_WhenSomeoneElseSavedSinceTheRead_ThrowsWithTheirVersionAndWritesNothing()
    {
        var created = await SaveAsync(Enterprise("Huike", "original").Build(), publish: false);
        var mine = await LatestAsync(created.ContentItemId);
        Actor.SignIn("u-li", "li.wei");
        await SaveAsync(WithSummary((await LatestAsync(created.ContentItemId))!, "changed by Li"), publish: false);
        var before = await Tenant.SnapshotAsync();
        var versionsBefore = await VersionsAsync(created.ContentItemId);
        Actor.SignIn("u-zhang", "zhang.min");

        var error = await Assert.ThrowsAsync<ContentConflictException>(() => SaveAsync(WithSummary(mine!, "changed by Zhang"), publish: true));

        Assert.Equal("changed by Li", Summary(error.Current));
        Assert.Equal("li.wei", error.Current.Author);
        Assert.Contains("li.wei", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Tenant.SnapshotAsync());
        Assert.Equal(versionsBefore.Select(v => v.ConcurrencyStamp), (await VersionsAsync(created.ContentItemId)).Select(v => v.ConcurrencyStamp));
        Assert.Null(await PublishedAsync(created.ContentItemId));
    }

    [Fact]
    public async Task SaveAsync_WhenSomeonePublishedSinceTheRead_Throws()
    {
        var created = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        var mine = await LatestAsync(created.ContentItemId);
        await Manager(m => m.PublishAsync(created.ContentItemId));

        await Assert.ThrowsAsync<ContentConflictException>(() => SaveAsync(WithSummary(mine!, "stale"), publish: false));
    }

    [Fact]
    public async Task SaveAsync_WhenTheStampIsFresh_Saves()
    {
        var created = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var fresh = await LatestAsync(created.ContentItemId);

        await SaveAsync(WithSummary(fresh!, "fresh"), publish: true);

        Assert.Equal("fresh", Summary(await PublishedAsync(created.ContentItemId)));
    }

    [Fact]
    public async Task SaveAsync_WhenTheItemCarriesNoStamp_IsNotChecked()
    {
        var created = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        var stale = (await LatestAsync(created.ContentItemId))!;
        await SaveAsync(WithSummary(stale, "first"), publish: false);
        var unstamped = WithSummary(stale, "second");
        unstamped.ConcurrencyStamp = null;

        await SaveAsync(unstamped, publish: false);

        Assert.Equal("second", Summary(await LatestAsync(created.ContentItemId)));
    }

    [Fact]
    public async Task SaveAsync_ReturnsTheStoredStamp_SoTheSameEditorCanSaveAgain()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        var stampAfterCreate = item.ConcurrencyStamp;
        item = await SaveAsync(WithSummary(item, "one"), publish: false);
        item = await SaveAsync(WithSummary(item, "two"), publish: true);
        item = await SaveAsync(WithSummary(item, "three"), publish: false);

        Assert.NotNull(stampAfterCreate);
        Assert.NotEqual(stampAfterCreate, item.ConcurrencyStamp);
        Assert.Equal(item.ConcurrencyStamp, (await LatestAsync(item.ContentItemId))!.ConcurrencyStamp);
        Assert.Equal("three", Summary(await LatestAsync(item.ContentItemId)));
    }

    [Fact]
    public async Task GetVersionsAsync_GivesEachVersionItsRowStamp()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        await SaveAsync(WithSummary(item, "two"), publish: true);

        var stamps = (await VersionsAsync(item.ContentItemId)).Select(v => v.ConcurrencyStamp).ToList();
        var rows = await RowsAsync(item.ContentItemId);

        Assert.Equal(rows.Select(r => r.ConcurrencyStamp), stamps);
        Assert.Equal(2, stamps.Distinct().Count());
    }
}
