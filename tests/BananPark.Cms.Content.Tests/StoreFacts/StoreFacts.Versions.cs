using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>Versions are kept, one is published and one latest, a published route belongs to one item.</summary>
public abstract partial class StoreFacts
{
    [Fact]
    public async Task PublishAsync_WhenLatestIsADraft_PublishesItAndKeepsTheOldPublishedVersion()
    {
        var first = await SaveAsync(Enterprise("Huike", "LCD panels").Build(), publish: true);
        var firstPublishedUtc = Clock.UtcNow;
        Clock.Advance(TimeSpan.FromHours(1));
        await SaveAsync(WithSummary(first, "LCD panels, 8.6 generation"), publish: false);
        Clock.Advance(TimeSpan.FromHours(1));

        Assert.True(await Manager(m => m.PublishAsync(first.ContentItemId)));

        var versions = await VersionsAsync(first.ContentItemId);
        Assert.Equal(2, versions.Count);
        Assert.Equal([false, true], versions.Select(v => v.Published));
        Assert.Equal([false, true], versions.Select(v => v.Latest));
        Assert.Equal("LCD panels", Summary(versions[0]));
        Assert.Equal(firstPublishedUtc, versions[0].PublishedUtc);
        var published = await PublishedAsync(first.ContentItemId);
        Assert.Equal("LCD panels, 8.6 generation", Summary(published));
        Assert.Equal(Clock.UtcNow, published!.PublishedUtc);
        Assert.Equal(versions[1].ContentItemVersionId, published.ContentItemVersionId);
    }

    [Fact]
    public async Task UnpublishAsync_WhenPublished_KeepsALatestDraftAndFreesTheRoute()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        Assert.NotNull(await Manager(m => m.GetByRouteAsync("enterprises/huike")));

        Assert.True(await Manager(m => m.UnpublishAsync(item.ContentItemId)));

        Assert.Null(await PublishedAsync(item.ContentItemId));
        Assert.Null(await Manager(m => m.GetByRouteAsync("enterprises/huike")));
        var latest = await LatestAsync(item.ContentItemId);
        Assert.NotNull(latest);
        Assert.False(latest.Published);
        Assert.True(latest.Latest);
        var other = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        Assert.Equal(other.ContentItemId, (await Manager(m => m.GetByRouteAsync("enterprises/huike")))!.ContentItemId);
    }

    [Fact]
    public async Task PublishAsync_WhenAnotherPublishedItemHasTheRoute_RefusesNamingTheRouteAndItsOwner()
    {
        var owner = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var clash = await SaveAsync(Enterprise("Huike Jinyu").With(i => i.Apply(new AutoroutePart { Path = "enterprises/huike" })).Build(), publish: false);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => Manager(m => m.PublishAsync(clash.ContentItemId)));

        Assert.Contains("'/enterprises/huike' is already used by 'Huike'", error.Message, StringComparison.Ordinal);
        Assert.Equal("AutoroutePart.Path", Assert.Single(error.Problems).Path);
        Assert.Null(await PublishedAsync(clash.ContentItemId));
        Assert.Equal(owner.ContentItemId, (await Manager(m => m.GetByRouteAsync("enterprises/huike")))!.ContentItemId);
    }
}
