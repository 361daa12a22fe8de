using System.Runtime.CompilerServices;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services.Published;

/// <summary>
/// Published routes from the <c>IX_ContentItems_PublishedTypeRoute</c> index, a few columns a row, and moved paths
/// from <c>RouteRedirects</c> (one key read, then the item's published row by its id).
/// </summary>
internal sealed class PublishedRoutes(CmsDbContext db) : IPublishedRoutes
{
    public async Task<int> CountAsync(string contentType, CancellationToken cancellationToken = default)
        => await Routed(contentType).CountAsync(cancellationToken) + (await UnroutedHomeAsync(contentType, cancellationToken) is null ? 0 : 1);

    public async IAsyncEnumerable<PublishedRoute> ListAsync(
        string contentType, int skip, int take, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Max(0, take);
        // A home page without a route of its own comes first; it shifts the routed rows by one.
        if (await UnroutedHomeAsync(contentType, cancellationToken) is { } home)
        {
            if (skip == 0 && take > 0)
            {
                yield return home;
                take--;
            }
            else
            {
                skip--;
            }
        }

        if (take == 0)
        {
            yield break;
        }

        var rows = Routed(contentType).OrderBy(r => r.RoutePath).Skip(skip).Take(take)
            .Select(r => new { r.RoutePath, r.IsHomepage, r.ModifiedUtc, r.PublishedUtc }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return new PublishedRoute(row.IsHomepage ? "/" : "/" + row.RoutePath, Later(row.ModifiedUtc, row.PublishedUtc));
        }
    }

    public async Task<string?> FindMovedAsync(string path, CancellationToken cancellationToken = default)
    {
        var route = RoutePaths.Normalize(path);
        // Kestrel refuses a NUL in a path; a caller in code may not, and PostgreSQL refuses one in text.
        if (route is null || route.Length > RoutePaths.MaxLength || route.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var itemId = await db.RouteRedirects.AsNoTracking().Where(r => r.Path == route).Select(r => r.ContentItemId).FirstOrDefaultAsync(cancellationToken);
        if (itemId is null)
        {
            return null;
        }

        var target = await db.ContentItems.AsNoTracking().Where(r => r.Published && r.ContentItemId == itemId)
            .Select(r => new { r.RoutePath, r.IsHomepage }).FirstOrDefaultAsync(cancellationToken);
        return target switch
        {
            { IsHomepage: true } => "/",
            { RoutePath: { } now } when now != route => "/" + now,
            _ => null,
        };
    }

    // The terms in the index filter's order: SQLite uses a partial index only when the WHERE implies its filter term by term.
    private IQueryable<Data.Entities.ContentItemRecord> Routed(string contentType)
        => db.ContentItems.AsNoTracking().Where(r => r.Published && r.RoutePath != null && r.ContentType == contentType);

    private async Task<PublishedRoute?> UnroutedHomeAsync(string contentType, CancellationToken cancellationToken)
    {
        var home = await db.ContentItems.AsNoTracking().Where(r => r.Published && r.IsHomepage && r.ContentType == contentType && r.RoutePath == null)
            .OrderBy(r => r.Id).Select(r => new { r.ModifiedUtc, r.PublishedUtc }).FirstOrDefaultAsync(cancellationToken);
        return home is null ? null : new PublishedRoute("/", Later(home.ModifiedUtc, home.PublishedUtc));
    }

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
