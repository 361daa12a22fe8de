using BananPark.Cms.Core.ContentManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Content.Tests;

/// <summary>The admin list's queries must walk an index, not scan and sort the table (SQLite's own plan is asked).</summary>
public sealed class ContentQueryPlanTests : WorkflowTestBase
{
    private readonly QueryPlans _sql = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_sql);

    [Theory]
    [InlineData(null)]
    [InlineData("huike")]
    public async Task QueryAsync_WhenListingLatestVersionsByModified_ReadsTheIndexInOrder(string? search)
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: false);

        await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, OrderBy = ContentOrder.ModifiedDescending, Search = search, Skip = 20, Take = 20 });

        var plan = await QueryPlans.PlanAsync(Tenant.DatabaseFile, _sql.Last("ORDER BY"));
        Assert.Contains("USING INDEX IX_ContentItems_Latest_ModifiedUtc", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountAsync_WhenCountingDrafts_UsesAnIndex()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: false);

        await Manager(m => m.CountAsync(new ContentQuery { Version = VersionOptions.Latest, Status = ContentStatus.Draft }));

        var plan = await QueryPlans.PlanAsync(Tenant.DatabaseFile, _sql.Last("COUNT(*)"));
        Assert.Contains("USING", plan, StringComparison.Ordinal);
        Assert.Contains("INDEX", plan, StringComparison.Ordinal);
    }
}
