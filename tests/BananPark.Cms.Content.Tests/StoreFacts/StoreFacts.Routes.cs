using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>Published routes: what the sitemaps list, and where a path an editor changed leads.</summary>
public abstract partial class StoreFacts
{
    [Fact]
    public async Task FindMoved_AfterTwoPathChanges_LeadsBothOldPathsToTheNewest()
    {
        var item = await SaveAsync(Enterprise("Huike").With(i => i.Apply(new AutoroutePart { Path = "enterprises/a" })).Build(), publish: true);

        await MoveAsync(item.ContentItemId, "enterprises/b");
        await MoveAsync(item.ContentItemId, "enterprises/C");

        Assert.Equal("/enterprises/c", await MovedAsync("enterprises/a"));
        Assert.Equal("/enterprises/c", await MovedAsync("/Enterprises/B/"));
        Assert.Null(await MovedAsync("enterprises/c"));
    }

    [Fact]
    public async Task FindMoved_WhenAnotherItemIsPublishedAtTheOldPath_FindsNothing()
    {
        var first = await SaveAsync(Enterprise("Huike").With(i => i.Apply(new AutoroutePart { Path = "enterprises/a" })).Build(), publish: true);
        await MoveAsync(first.ContentItemId, "enterprises/b");

        await SaveAsync(Enterprise("Zongshen").With(i => i.Apply(new AutoroutePart { Path = "enterprises/a" })).Build(), publish: true);

        Assert.Null(await MovedAsync("enterprises/a"));
    }

    [Fact]
    public async Task FindMoved_WhenTheItemIsUnpublishedOrADraftMoves_FindsNothing()
    {
        var item = await SaveAsync(Enterprise("Huike").With(i => i.Apply(new AutoroutePart { Path = "enterprises/a" })).Build(), publish: true);
        var draft = (await LatestAsync(item.ContentItemId))!;
        draft.Apply(new AutoroutePart { Path = "enterprises/draft-only" });
        await SaveAsync(draft, publish: false);
        Assert.Null(await MovedAsync("enterprises/a"));

        await MoveAsync(item.ContentItemId, "enterprises/b");
        await Manager(m => m.UnpublishAsync(item.ContentItemId));

        Assert.Null(await MovedAsync("enterprises/a"));
    }

    [Fact]
    public async Task ListRoutes_GivesPublishedItemsWithRoutesInRouteOrderAndPages()
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var home = await SaveAsync(Enterprise("Home").With(i => i.Apply(new AutoroutePart { SetHomepage = true })).Build(), publish: true);
        await SaveAsync(Enterprise("Zongshen").Build(), publish: true);
        await SaveAsync(Enterprise("Huike").Build(), publish: true);
        await SaveAsync(Enterprise("Draft").Build(), publish: false);

        var count = await Tenant.RunAsync<IPublishedRoutes, int>(r => r.CountAsync("Enterprise"));
        var all = await RoutesAsync(0, 10);
        var second = await RoutesAsync(1, 1);

        Assert.Equal(3, count);
        Assert.Equal(["/", "/enterprises/huike", "/enterprises/zongshen"], all.Select(r => r.Url));
        Assert.Equal(["/enterprises/huike"], second.Select(r => r.Url));
        Assert.Equal(home.PublishedUtc, all[0].LastModifiedUtc);
    }

    private Task<List<PublishedRoute>> RoutesAsync(int skip, int take)
        => Tenant.RunAsync<IPublishedRoutes, List<PublishedRoute>>(r => r.ListAsync("Enterprise", skip, take).ToListAsync().AsTask());

    private Task<string?> MovedAsync(string path) => Tenant.RunAsync<IPublishedRoutes, string?>(r => r.FindMovedAsync(path));

    private async Task MoveAsync(string contentItemId, string path)
    {
        var latest = (await LatestAsync(contentItemId))!;
        latest.Apply(new AutoroutePart { Path = path });
        await SaveAsync(latest, publish: true);
    }
}
