using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

public sealed class ContentQueryTests : WorkflowTestBase
{
    [Fact]
    public async Task QueryAsync_WithAModifiedRange_KeepsVersionsFromTheStartUpToButNotIncludingTheEnd()
    {
        var start = Clock.UtcNow;
        var early = await SaveAsync(Enterprise("Early").Build(), publish: false);
        Clock.Advance(TimeSpan.FromHours(1));
        var middle = await SaveAsync(Enterprise("Middle").Build(), publish: false);
        Clock.Advance(TimeSpan.FromHours(1));
        var late = await SaveAsync(Enterprise("Late").Build(), publish: false);

        var range = new ContentQuery { Version = VersionOptions.Latest, ModifiedFromUtc = start.AddHours(1), ModifiedBeforeUtc = start.AddHours(2) };

        Assert.Equal([middle.ContentItemId], Ids(await QueryAsync(range)));
        Assert.Equal([early.ContentItemId, middle.ContentItemId], Ids(await QueryAsync(range with { ModifiedFromUtc = null, OrderBy = ContentOrder.ModifiedAscending })));
        Assert.Equal([middle.ContentItemId, late.ContentItemId], Ids(await QueryAsync(range with { ModifiedBeforeUtc = null, OrderBy = ContentOrder.ModifiedAscending })));
    }

    [Fact]
    public async Task QueryAsync_WithAnOwner_KeepsTheirItemsOnly()
    {
        Actor.SignIn("u-li", "li.wei");
        var lis = await SaveAsync(Enterprise("Li's").Build(), publish: false);
        Actor.SignIn("u-zhang", "zhang.min");
        await SaveAsync(Enterprise("Zhang's").Build(), publish: false);

        Assert.Equal([lis.ContentItemId], Ids(await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Owner = "u-li" })));
        Assert.Empty(await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Owner = "li.wei" }));
    }

    [Fact]
    public async Task QueryAsync_WithAStatus_SplitsDraftsFromPublishedLatestVersions()
    {
        var draft = await SaveAsync(Enterprise("Draft").Build(), publish: false);
        var published = await SaveAsync(Enterprise("Published").Build(), publish: true);
        var changed = await SaveAsync(Enterprise("Published with draft").Build(), publish: true);
        await SaveAsync(WithSummary(changed, "pending"), publish: false);
        var latest = new ContentQuery { Version = VersionOptions.Latest };

        Assert.Equal([draft.ContentItemId, changed.ContentItemId], Ids(await QueryAsync(latest with { Status = ContentStatus.Draft })));
        Assert.Equal([published.ContentItemId], Ids(await QueryAsync(latest with { Status = ContentStatus.Published })));
        Assert.Equal(3, await Manager(m => m.CountAsync(latest with { Status = ContentStatus.Any })));
        Assert.Equal(2, await Manager(m => m.CountAsync(new ContentQuery())));
    }

    [Fact]
    public async Task QueryAsync_SortsByEachOrder()
    {
        var banana = await SaveAsync(Enterprise("Banana").Build(), publish: true);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var apple = await SaveAsync(new ContentItemBuilder("Article").WithTitle("Apple").Build(), publish: true);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var cherry = await SaveAsync(Enterprise("Cherry").Build(), publish: true);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await SaveAsync(WithSummary(banana, "edited last"), publish: true);
        var b = banana.ContentItemId;
        var a = apple.ContentItemId;
        var c = cherry.ContentItemId;

        Assert.Equal([a, b, c], await SortedAsync(ContentOrder.DisplayText));
        Assert.Equal([c, b, a], await SortedAsync(ContentOrder.DisplayTextDescending));
        Assert.Equal([b, c, a], await SortedAsync(ContentOrder.ModifiedDescending));
        Assert.Equal([a, c, b], await SortedAsync(ContentOrder.ModifiedAscending));
        Assert.Equal([c, a, b], await SortedAsync(ContentOrder.CreatedDescending));
        Assert.Equal([a, b, c], await SortedAsync(ContentOrder.ContentType));
    }

    [Fact]
    public async Task QueryAsync_WhenPaged_ThePagesMakeUpTheWholeListAndCountIgnoresPaging()
    {
        for (var i = 0; i < 7; i++)
        {
            await SaveAsync(Enterprise($"Enterprise {i}", "paged").Build(), publish: false);
            Clock.Advance(TimeSpan.FromSeconds(1));
        }

        await SaveAsync(Enterprise("Other").Build(), publish: false);
        var query = new ContentQuery { Version = VersionOptions.Latest, Search = "paged", OrderBy = ContentOrder.ModifiedDescending, Take = 3 };

        var whole = Ids(await QueryAsync(query with { Take = 100 }));
        var pages = new List<string>();
        for (var skip = 0; skip < 9; skip += 3)
        {
            pages.AddRange(Ids(await QueryAsync(query with { Skip = skip })));
        }

        Assert.Equal(7, whole.Count);
        Assert.Equal(whole, pages);
        Assert.Equal(7, await Manager(m => m.CountAsync(query)));
        Assert.Equal(7, await Manager(m => m.CountAsync(query with { Skip = 6 })));
        Assert.Single(await QueryAsync(query with { Skip = 6 }));
    }

    private async Task<IReadOnlyList<string>> SortedAsync(ContentOrder order)
        => Ids(await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, OrderBy = order }));

    private static IReadOnlyList<string> Ids(IEnumerable<ContentItem> items) => [.. items.Select(i => i.ContentItemId)];
}
