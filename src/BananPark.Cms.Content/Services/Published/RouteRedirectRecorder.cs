using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services.Published;

/// <summary>
/// Remembers the route a published item leaves when a new version is published (or imported) at another one, in
/// the change's transaction, so the old path can answer 301. A path an item is published at stops redirecting:
/// it is that item's now.
/// </summary>
internal sealed class RouteRedirectRecorder(CmsDbContext db, TimeProvider clock) : IContentEventListener
{
    private const int Chunk = 500;

    public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken) => HandleManyAsync([contentEvent], cancellationToken);

    public async Task HandleManyAsync(IReadOnlyList<ContentEvent> contentEvents, CancellationToken cancellationToken)
    {
        var published = contentEvents.Where(e => e.Kind is ContentEventKind.Published or ContentEventKind.Imported && e.Item.Published).ToList();
        var moves = new Dictionary<string, string>(StringComparer.Ordinal);
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in published)
        {
            var now = RouteOf(e.Item);
            if (now is not null)
            {
                claimed.Add(now);
                moves.Remove(now);
            }

            if (e.Previous is { Published: true } previous && RouteOf(previous) is { } old && old != now)
            {
                moves[old] = e.Item.ContentItemId;
                claimed.Remove(old);
            }
        }

        // Most publishes move nothing; then only an existing redirect at a claimed path needs removing.
        if (moves.Count == 0 && (claimed.Count == 0 || !await db.RouteRedirects.AnyAsync(cancellationToken)))
        {
            return;
        }

        var movedUtc = clock.GetUtcNow().UtcDateTime;
        var tracked = new List<RouteRedirectRecord>();
        foreach (var chunk in claimed.Concat(moves.Keys).Chunk(Chunk))
        {
            var rows = await db.RouteRedirects.Where(r => chunk.Contains(r.Path)).ToListAsync(cancellationToken);
            tracked.AddRange(rows);
            db.RouteRedirects.RemoveRange(rows.Where(r => claimed.Contains(r.Path)));
            foreach (var row in rows.Where(r => moves.ContainsKey(r.Path)))
            {
                row.ContentItemId = moves[row.Path];
                row.MovedUtc = movedUtc;
            }
        }

        var existing = tracked.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var added = moves.Where(m => !existing.Contains(m.Key)).Select(m => new RouteRedirectRecord { Path = m.Key, ContentItemId = m.Value, MovedUtc = movedUtc }).ToList();
        db.RouteRedirects.AddRange(added);
        tracked.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in tracked)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private static string? RouteOf(ContentItem item)
        => item.As<AutoroutePart>() is { Disabled: false } route ? RoutePaths.Normalize(route.Path) : null;
}
