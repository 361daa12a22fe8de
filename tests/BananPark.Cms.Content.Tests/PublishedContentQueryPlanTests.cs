using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Content.Tests;

/// <summary>
/// The public site's lookups read an index whatever the site holds: SQLite's own plan for each query the
/// published reads and the route check run must name an index and never scan the version table or sort it.
/// </summary>
public sealed class PublishedContentQueryPlanTests : WorkflowTestBase
{
    private readonly QueryPlans _sql = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_sql);

    [Fact]
    public async Task GetByRouteAsync_ReadsThePublishedRouteIndex()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: true);

        await Published(p => p.GetByRouteAsync("enterprises/huike"));

        await AssertPlanAsync(_sql.Last("\"RoutePath\" = "), "IX_ContentItems_PublishedRoute");
    }

    [Fact]
    public async Task GetHomepageAsync_ReadsThePublishedHomepageIndex()
    {
        await SaveAsync(Enterprise("Home").With(i => i.Apply(new AutoroutePart { SetHomepage = true })).Build(), publish: true);

        await Published(p => p.GetHomepageAsync());

        await AssertPlanAsync(_sql.Last("\"IsHomepage\""), "IX_ContentItems_PublishedHomepage");
    }

    [Fact]
    public async Task SaveAsync_WhenPublishing_ChecksTheRouteIsFreeThroughTheIndex()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: true);

        await SaveAsync(Enterprise("Zongshen").Build(), publish: true);

        await AssertPlanAsync(_sql.Last("SELECT \"c\".\"RoutePath\", \"c\".\"ContentItemId\""), "IX_ContentItems_PublishedRoute");
    }

    [Fact]
    public async Task GetManyAsync_ReadsOneQueryThroughAnIndex()
    {
        var first = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var second = await SaveAsync(Enterprise("Zongshen").Build(), publish: true);
        var before = _sql.Commands.Count;

        var items = await Published(p => p.GetManyAsync([second.ContentItemId, first.ContentItemId, "4missing000000000000000000"]));

        Assert.Equal(["Zongshen", "Huike"], items.Select(i => i.DisplayText));
        Assert.Equal(1, _sql.Commands.Count - before);
        await AssertPlanAsync(_sql.Commands[^1], "IX_ContentItems_");
    }

    [Theory]
    [InlineData(ContentOrder.DisplayText, false)]
    [InlineData(ContentOrder.ContainedOrder, true)]
    public async Task QueryAsync_WhenReadingAPublicListPage_WalksAnIndexInOrder(ContentOrder order, bool inContainer)
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: true);

        await Published(p => p.QueryAsync(new ContentQuery { ContentType = "Enterprise", ContainerId = inContainer ? "4cluster000000000000000000" : null, OrderBy = order, Skip = 50, Take = 50 }));

        var sql = _sql.Last("ORDER BY");
        var plan = await AssertPlanAsync(sql, "IX_ContentItems_");
        if (order == ContentOrder.DisplayText)
        {
            Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PublishedRoutes_WhenPagingASitemap_CountAndWalkTheTypeRouteIndexInOrder()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: true);

        var count = await Tenant.RunAsync<IPublishedRoutes, int>(r => r.CountAsync("Enterprise"));
        var urls = await Tenant.RunAsync<IPublishedRoutes, List<PublishedRoute>>(r => r.ListAsync("Enterprise", 0, 10).ToListAsync().AsTask());

        Assert.Equal(1, count);
        Assert.Equal(["/enterprises/huike"], urls.Select(u => u.Url));
        await AssertPlanAsync(_sql.Last("SELECT COUNT(*)"), "IX_ContentItems_PublishedTypeRoute");
        Assert.DoesNotContain("TEMP B-TREE", await AssertPlanAsync(_sql.Last("ORDER BY \"c\".\"RoutePath\""), "IX_ContentItems_PublishedTypeRoute"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedRoutes_WhenAPathIsAskedForAfterA404_ReadTheRedirectKeyAndThePublishedIndex()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        item.Apply(new AutoroutePart { Path = "enterprises/huike-group" });
        await SaveAsync(item, publish: true);

        var moved = await Tenant.RunAsync<IPublishedRoutes, string?>(r => r.FindMovedAsync("enterprises/huike"));

        Assert.Equal("/enterprises/huike-group", moved);
        await AssertPlanAsync(_sql.Last("FROM \"RouteRedirects\""), "sqlite_autoindex_RouteRedirects");
        await AssertPlanAsync(_sql.Last("SELECT \"c\".\"RoutePath\", \"c\".\"IsHomepage\""), "IX_ContentItems_OnePublished");
    }

    private Task<T> Published<T>(Func<IPublishedContent, Task<T>> read) => Tenant.RunAsync(read);

    private async Task<string> AssertPlanAsync(string sql, string index)
    {
        var plan = await QueryPlans.PlanAsync(Tenant.DatabaseFile, sql);
        Assert.Contains(index, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN c\n", plan + "\n", StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN ContentItems", plan, StringComparison.Ordinal);
        return plan;
    }
}
