using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>Which published items hold which routes: the one home of the route-is-free check, for one route or thousands.</summary>
internal sealed class RouteOwners(CmsDbContext db)
{
    private const int Chunk = 500;

    /// <summary>For each normalized route that a published item holds: that item's id and display text, read through the published-route index.</summary>
    public async Task<IReadOnlyDictionary<string, (string ContentItemId, string? DisplayText)>> FindAsync(IReadOnlyCollection<string> routes, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, (string, string?)>(StringComparer.Ordinal);
        foreach (var chunk in routes.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            var rows = await db.ContentItems.AsNoTracking().Where(r => r.Published && chunk.Contains(r.RoutePath!))
                .Select(r => new { r.RoutePath, r.ContentItemId, r.DisplayText }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                owners[row.RoutePath!] = (row.ContentItemId, row.DisplayText);
            }
        }

        return owners;
    }
}
