using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services.Published;

/// <summary>
/// Published versions as shared snapshots from the site's cache, evicted when published content changes.
/// Each read is one indexed query when it misses (a list page two: its rows and its count), and none when it
/// hits. Lookups anyone can make up (a route) are not kept when they find nothing, so unknown URLs cannot
/// fill the cache. Inside a transaction the store is read directly: the unit of work sees its own writes.
/// </summary>
internal sealed class PublishedContent(CmsDbContext db, ITenantCache cache, ITenantContext tenant, IStoreSession session) : IPublishedContent
{
    /// <summary>Most items one list read returns; public lists page.</summary>
    public const int MaxTake = 500;

    /// <summary>Most ids one batch read looks up.</summary>
    public const int MaxMany = 500;

    private const int IdLength = 26;
    private const SiteChanges EvictedBy = SiteChanges.PublishedContent;

    private string Tenant => tenant.Tenant.Name;

    public async Task<ContentItemSnapshot?> GetAsync(string contentItemId, CancellationToken cancellationToken = default)
        => (await GetManyAsync([contentItemId], cancellationToken)) is [var item, ..] ? item : null;

    public async Task<IReadOnlyList<ContentItemSnapshot>> GetManyAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Where(id => id is { Length: > 0 and <= IdLength }).Distinct(StringComparer.Ordinal).Take(MaxMany).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        if (session.InTransaction)
        {
            var rows = await LoadByIdsAsync(ids, cancellationToken);
            return ids.Select(id => rows.GetValueOrDefault(id)).OfType<ContentItemSnapshot>().ToList();
        }

        var found = await cache.GetOrLoadManyAsync<Found>(Tenant, EvictedBy, ids.ConvertAll(id => "id:" + id), async (keys, ct) =>
        {
            var rows = await LoadByIdsAsync(keys.Select(k => k[3..]).ToList(), ct);
            // Ids come from content (pickers, containers), so a missing one is kept as missing: it is asked for again on every render.
            return keys.ToDictionary(k => k, k => Found.Of(rows.GetValueOrDefault(k[3..]), keepMissing: true), StringComparer.Ordinal);
        }, cancellationToken);
        return ids.Select(id => found.GetValueOrDefault("id:" + id)?.Item).OfType<ContentItemSnapshot>().ToList();
    }

    public async Task<ContentItemSnapshot?> GetByRouteAsync(string path, CancellationToken cancellationToken = default)
    {
        var route = RoutePaths.Normalize(path);
        if (route is null || route.Length > RoutePaths.MaxLength)
        {
            return null;
        }

        return await CachedAsync("route:" + route, keepMissing: false, async ct =>
        {
            var row = await db.ContentItems.AsNoTracking().Where(r => r.Published && r.RoutePath == route)
                .Select(r => new { r.Json, r.ConcurrencyStamp }).FirstOrDefaultAsync(ct);
            return row is null ? null : ContentItemSnapshot.Parse(row.Json, row.ConcurrencyStamp);
        }, cancellationToken);
    }

    public Task<ContentItemSnapshot?> GetHomepageAsync(CancellationToken cancellationToken = default)
        => CachedAsync("home", keepMissing: true, async ct =>
        {
            var row = await db.ContentItems.AsNoTracking().Where(r => r.Published && r.IsHomepage).OrderBy(r => r.Id)
                .Select(r => new { r.Json, r.ConcurrencyStamp }).FirstOrDefaultAsync(ct);
            return row is null ? null : ContentItemSnapshot.Parse(row.Json, row.ConcurrencyStamp);
        }, cancellationToken);

    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        query = query with { Version = VersionOptions.Published, Skip = Math.Max(0, query.Skip), Take = Math.Clamp(query.Take, 0, MaxTake) };
        if (session.InTransaction)
        {
            return await LoadPageAsync(query, cancellationToken);
        }

        return await cache.GetOrLoadAsync(Tenant, EvictedBy, "query:" + query.CacheKey(), async ct =>
        {
            var page = await LoadPageAsync(query, ct);
            // A page past the end is what a made-up "?page=" asks for: it is answered, not kept.
            return new CacheLoad<ContentPage>(page, page.Items.Count == 0 && query.Skip > 0 ? 0 : 256 + page.Items.Sum(i => i.ApproximateSize));
        }, cancellationToken);
    }

    private async Task<ContentPage> LoadPageAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var rows = ContentQueries.Filter(db.ContentItems.AsNoTracking(), query);
        var items = await ContentQueries.Page(ContentQueries.Order(rows, query.OrderBy), query, MaxTake)
            .Select(r => new { r.Json, r.ConcurrencyStamp }).ToListAsync(cancellationToken);
        // The count is needed only when the page may not hold everything.
        var total = query.Skip == 0 && items.Count < query.Take ? items.Count : await rows.CountAsync(cancellationToken);
        return new ContentPage(items.ConvertAll(r => ContentItemSnapshot.Parse(r.Json, r.ConcurrencyStamp)), total, query.Skip, query.Take);
    }

    private async Task<Dictionary<string, ContentItemSnapshot>> LoadByIdsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var rows = await db.ContentItems.AsNoTracking().Where(r => r.Published && ids.Contains(r.ContentItemId))
            .Select(r => new { r.Json, r.ConcurrencyStamp }).ToListAsync(cancellationToken);
        return rows.Select(r => ContentItemSnapshot.Parse(r.Json, r.ConcurrencyStamp)).ToDictionary(s => s.ContentItemId, StringComparer.Ordinal);
    }

    private async Task<ContentItemSnapshot?> CachedAsync(string key, bool keepMissing, Func<CancellationToken, Task<ContentItemSnapshot?>> load, CancellationToken cancellationToken)
    {
        if (session.InTransaction)
        {
            return await load(cancellationToken);
        }

        var found = await cache.GetOrLoadAsync(Tenant, EvictedBy, key, async ct => Found.Of(await load(ct), keepMissing), cancellationToken);
        return found.Item;
    }

    /// <summary>A lookup's result, cached even when it found nothing (when asked to).</summary>
    private sealed record Found(ContentItemSnapshot? Item)
    {
        public static CacheLoad<Found> Of(ContentItemSnapshot? item, bool keepMissing)
            => new(new Found(item), item?.ApproximateSize ?? (keepMissing ? 64 : 0));
    }
}
