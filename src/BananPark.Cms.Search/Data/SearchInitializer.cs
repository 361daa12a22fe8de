using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Search.Services;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Search.Data;

/// <summary>
/// Applies the search migrations to the tenant's database on start (after the content store). When they create the
/// index on a site that already has content (the site ran without search), or add the facet values to an index
/// that lacks them, the index is built from it right away.
/// </summary>
internal sealed class SearchInitializer(SearchDbContext db, SearchRebuild rebuild) : ITenantInitializer
{
    public int Order => 25;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        var rebuildAfter = pending.Any(m => m.EndsWith("_InitialSearch", StringComparison.Ordinal) || m.EndsWith("_AddFacetValues", StringComparison.Ordinal));
        await db.Database.MigrateAsync(cancellationToken);
        if (rebuildAfter)
        {
            await rebuild.RebuildAsync(cancellationToken: cancellationToken);
        }
    }
}
