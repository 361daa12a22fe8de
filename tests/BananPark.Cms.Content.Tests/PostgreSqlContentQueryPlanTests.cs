using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Data;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Tests;

/// <summary>
/// On PostgreSQL, at 20,000 rows (analyzed; below a few thousand a sequential scan is cheaper and rightly chosen), the admin list and search and the public lookups read the
/// indexes made for them: the trigram index for substring search, the filtered ones for routes and flags.
/// PostgreSQL's own plan is asked with the query's own parameter values.
/// </summary>
public sealed partial class PostgreSqlContentQueryPlanTests : WorkflowTestBase
{
    private readonly PostgreSqlPlans _sql = new();

    protected override TestStore Store => TestStore.PostgreSql;

    protected override void ConfigureServices(IServiceCollection services)
        => services.ConfigureDbContext<CmsDbContext>(options => options.AddInterceptors(_sql));

    [Theory]
    [InlineData("huike")]
    [InlineData("重庆华科")]
    public async Task CountAsync_WhenSearchingAWord_ReadsTheTrigramIndex(string word)
    {
        await SeedAsync();

        var count = await Manager(m => m.CountAsync(new ContentQuery { Version = VersionOptions.Latest, Search = word }));

        Assert.Equal(1, count);
        var plan = await _sql.PlanOfLastAsync(Tenant.SchemaConnectionString!, "count(*)", "LIKE");
        Assert.True(plan.Contains("IX_ContentItems_SearchText_Trigram", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task QueryAsync_WhenSearchingARareWord_FindsItThroughTheTrigramIndex()
    {
        await SeedAsync();

        var found = await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, Search = "huike", OrderBy = ContentOrder.ModifiedDescending, Take = 20 });

        Assert.Equal("Huike", Assert.Single(found).DisplayText);
        var plan = await _sql.PlanOfLastAsync(Tenant.SchemaConnectionString!, "ORDER BY", "LIKE");
        Assert.True(plan.Contains("IX_ContentItems_SearchText_Trigram", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task QueryAsync_WhenListingLatestVersionsByModified_ReadsTheIndexInOrder()
    {
        await SeedAsync();

        await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, OrderBy = ContentOrder.ModifiedDescending, Skip = 20, Take = 20 });

        var plan = await _sql.PlanOfLastAsync(Tenant.SchemaConnectionString!, "ORDER BY", "\"ModifiedUtc\" DESC");
        Assert.Contains("IX_ContentItems_Latest_ModifiedUtc", plan, StringComparison.Ordinal);
        // SQLite's indexes end with the row id, PostgreSQL's do not: ties on ModifiedUtc are put in Id order by an
        // incremental sort over the index's order, which reads only the page's rows, never a full sort.
        Assert.False(FullSort().IsMatch(plan), plan);
    }

    [Fact]
    public async Task GetByRouteAsync_ReadsThePublishedRouteIndex()
    {
        await SeedAsync();

        Assert.NotNull(await Tenant.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetByRouteAsync("enterprises/huike")));

        var plan = await _sql.PlanOfLastAsync(Tenant.SchemaConnectionString!, "\"RoutePath\" = ");
        Assert.Contains("IX_ContentItems_PublishedRoute", plan, StringComparison.Ordinal);
    }

    /// <summary>One real item and 20,000 generated rows written by SQL (fast), then ANALYZE so the planner knows the sizes.</summary>
    private async Task SeedAsync()
    {
        await SaveAsync(Enterprise("Huike", "重庆华科 LCD panels").Build(), publish: true);
        await Tenant.RunAsync<CmsDbContext>(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO "ContentItems" ("ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "RoutePath",
                    "IsHomepage", "ContainedOrder", "ModifiedUtc", "Json", "SearchText", "ConcurrencyStamp")
                SELECT 'gen' || g, 'genv' || g, 'Enterprise', 'Generated ' || g, true, true, 'enterprises/generated-' || g,
                    false, 0, now() - g * interval '1 minute', '{{}}', 'generated enterprise ' || g || ' chongqing banan', md5(g::text)
                FROM generate_series(1, 20000) AS g;
                ANALYZE "ContentItems";
                """);
        });
    }

    [GeneratedRegex(@"(^|->\s+)Sort\s", RegexOptions.Multiline)]
    private static partial Regex FullSort();
}
