using System.Text.Json.Nodes;
using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>Content items over the version rows: reads use indexed columns, writes keep one Latest and one Published.</summary>
internal sealed partial class ContentManager(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    IStoreSession session,
    IChangeSignal signal,
    ITenantCache cache,
    ITenantContext tenant,
    IEnumerable<IContentEventListener> listeners,
    ICurrentActor actor,
    TimeProvider clock,
    ContentRules rules) : IContentManager
{
    private const int MaxTake = 1000;

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version = VersionOptions.Published, CancellationToken cancellationToken = default)
        => version == VersionOptions.Published
            ? await CachedSingleAsync($"id:{contentItemId}", () => LoadAsync(contentItemId, version, cancellationToken))
            : await LoadAsync(contentItemId, version, cancellationToken);

    private async Task<ContentItem?> LoadAsync(string contentItemId, VersionOptions version, CancellationToken cancellationToken)
    {
        var rows = db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId);
        rows = version == VersionOptions.Published ? rows.Where(r => r.Published) : rows.Where(r => r.Latest);
        var row = await rows.Select(r => new { r.Json, r.ConcurrencyStamp }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : WithStamp(ContentItemJson.Deserialize(row.Json), row.ConcurrencyStamp);
    }

    public async Task<ContentItem?> GetByRouteAsync(string path, CancellationToken cancellationToken = default)
    {
        var normalized = RoutePaths.Normalize(path);
        return normalized is null ? null : await CachedSingleAsync($"route:{normalized}", () => LoadByRouteAsync(normalized, cancellationToken));
    }

    private async Task<ContentItem?> LoadByRouteAsync(string normalized, CancellationToken cancellationToken)
    {
        var json = await db.ContentItems.AsNoTracking()
            .Where(r => r.Published && r.RoutePath == normalized).Select(r => r.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ContentItemJson.Deserialize(json);
    }

    public Task<ContentItem?> GetHomepageAsync(CancellationToken cancellationToken = default)
        => CachedSingleAsync("home", () => LoadHomepageAsync(cancellationToken));

    private async Task<ContentItem?> LoadHomepageAsync(CancellationToken cancellationToken)
    {
        var json = await db.ContentItems.AsNoTracking()
            .Where(r => r.Published && r.IsHomepage).OrderBy(r => r.Id).Select(r => r.Json).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ContentItemJson.Deserialize(json);
    }

    public Task<IReadOnlyList<ContentItem>> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
        => query.Version == VersionOptions.Published && UseCache
            ? CachedAsync("query:" + query.CacheKey(), () => LoadAsync(query, cancellationToken))
            : LoadAsync(query, cancellationToken);

    public Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default)
        => Filter(query).CountAsync(cancellationToken);

    private IQueryable<Data.Entities.ContentItemRecord> Filter(ContentQuery query)
    {
        // Compared with a parameter: EF writes a bare bool as "WHERE Latest", for which SQLite uses no
        // index, so every list scanned and sorted the whole table (see the benchmarks).
        var flag = true;
        var rows = db.ContentItems.AsNoTracking();
        rows = query.Version == VersionOptions.Published ? rows.Where(r => r.Published == flag) : rows.Where(r => r.Latest == flag);
        rows = query.Status switch
        {
            ContentStatus.Draft => rows.Where(r => r.Published != flag),
            ContentStatus.Published => rows.Where(r => r.Published == flag),
            _ => rows,
        };
        if (query.ContentType is not null)
        {
            rows = rows.Where(r => r.ContentType == query.ContentType);
        }

        if (query.ContainerId is not null)
        {
            rows = rows.Where(r => r.ContainerId == query.ContainerId);
        }

        if (query.Owner is not null)
        {
            rows = rows.Where(r => r.Owner == query.Owner);
        }

        if (query.ContentTypes is { } types)
        {
            var names = types.ToList();
            rows = rows.Where(r => names.Contains(r.ContentType));
        }

        if (query.ModifiedFromUtc is { } from)
        {
            rows = rows.Where(r => r.ModifiedUtc >= from);
        }

        if (query.ModifiedBeforeUtc is { } before)
        {
            rows = rows.Where(r => r.ModifiedUtc < before);
        }

        foreach (var word in SearchText.Words(query.Search))
        {
            rows = rows.Where(r => r.SearchText != null && r.SearchText.Contains(word));
        }

        return rows;
    }

    private async Task<IReadOnlyList<ContentItem>> LoadAsync(ContentQuery query, CancellationToken cancellationToken)
    {
        var rows = Filter(query);
        rows = query.OrderBy switch
        {
            ContentOrder.ContainedOrder => rows.OrderBy(r => r.ContainedOrder).ThenBy(r => r.DisplayText).ThenBy(r => r.Id),
            ContentOrder.ModifiedDescending => rows.OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id),
            ContentOrder.ModifiedAscending => rows.OrderBy(r => r.ModifiedUtc).ThenBy(r => r.Id),
            ContentOrder.DisplayTextDescending => rows.OrderByDescending(r => r.DisplayText).ThenByDescending(r => r.Id),
            ContentOrder.ContentType => rows.OrderBy(r => r.ContentType).ThenBy(r => r.DisplayText).ThenBy(r => r.Id),
            ContentOrder.CreatedDescending => rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id),
            _ => rows.OrderBy(r => r.DisplayText).ThenBy(r => r.Id),
        };
        var json = await rows.Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 0, MaxTake)).Select(r => r.Json).ToListAsync(cancellationToken);
        return json.ConvertAll(ContentItemJson.Deserialize);
    }

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var rows = await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId)
            .OrderBy(r => r.Id).Select(r => new { r.Json, r.ConcurrencyStamp }).ToListAsync(cancellationToken);
        return rows.ConvertAll(r => WithStamp(ContentItemJson.Deserialize(r.Json), r.ConcurrencyStamp));
    }

    private static ContentItem WithStamp(ContentItem item, string stamp)
    {
        item.ConcurrencyStamp = stamp;
        return item;
    }

    public Task<ContentItem> SaveAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
        => SaveCoreAsync(item, publish, restoring: false, cancellationToken);

    /// <summary>The save path; a restored old version is recorded as <see cref="ContentEventKind.Restored"/>.</summary>
    private async Task<ContentItem> SaveCoreAsync(ContentItem item, bool publish, bool restoring, CancellationToken cancellationToken)
    {
        if (actor.UserId is not null)
        {
            item = item.Clone();
            item.Author = actor.Name;
        }

        var expectedStamp = item.ConcurrencyStamp;
        item = await PrepareAsync(item, importing: false, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await InTransactionAsync(async () =>
        {
            var versions = await TrackedVersionsAsync(item.ContentItemId, cancellationToken);
            var latest = versions.FirstOrDefault(v => v.Latest);
            if (expectedStamp is not null && latest is not null && latest.ConcurrencyStamp != expectedStamp)
            {
                throw new ContentConflictException(ContentRecordMapper.ToItem(latest));
            }

            var previous = latest is null ? null : ContentRecordMapper.ToItem(latest);
            // An editor's copy without an owner keeps the stored one; only a new item gets the actor.
            item.Owner ??= previous?.Owner ?? actor.UserId;
            var previousPublished = versions.FirstOrDefault(v => v.Published) is { } p ? ContentRecordMapper.ToItem(p) : null;
            var target = latest is { Published: false } ? latest : null;
            item.ContentItemVersionId = target?.ContentItemVersionId ?? IdGenerator.NewId();
            item.CreatedUtc = versions.Select(v => v.CreatedUtc).FirstOrDefault(d => d is not null) ?? item.CreatedUtc ?? now;
            item.ModifiedUtc = now;
            item.Latest = true;
            item.Published = publish;
            item.PublishedUtc = publish ? now : versions.FirstOrDefault(v => v.Published)?.PublishedUtc;
            if (publish)
            {
                item.Content.Remove(nameof(Core.ContentManagement.Parts.PublishLaterPart));
                await EnsureRouteIsFreeAsync(item, cancellationToken);
            }

            item.ConcurrencyStamp = (await WriteAsync(item, target, versions, cancellationToken)).ConcurrencyStamp;
            if (previous is null || restoring || !JsonNode.DeepEquals(previous.Content, item.Content))
            {
                var kind = previous is null ? ContentEventKind.Created : restoring ? ContentEventKind.Restored : ContentEventKind.Edited;
                await RaiseAsync(new ContentEvent(kind, item, previous), cancellationToken);
            }

            if (publish)
            {
                await RaiseAsync(new ContentEvent(ContentEventKind.Published, item, previousPublished), cancellationToken);
            }
        }, cancellationToken);
        return item;
    }

    public async Task<ImportOutcome> ImportAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var incoming = await PrepareAsync(item, importing: true, cancellationToken);
        var outcome = ImportOutcome.Unchanged;
        await InTransactionAsync(async () =>
        {
            var versions = await TrackedVersionsAsync(incoming.ContentItemId, cancellationToken);
            var latest = versions.FirstOrDefault(v => v.Latest);
            var candidate = CompleteFromLatest(incoming, latest);
            if (latest is not null && latest.Json == ContentItemJson.Serialize(candidate))
            {
                return;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var sameVersion = versions.FirstOrDefault(v => v.ContentItemVersionId == incoming.ContentItemVersionId)
                ?? (string.IsNullOrEmpty(incoming.ContentItemVersionId) && latest is { Published: false } ? latest : null);
            incoming.ContentItemVersionId = sameVersion?.ContentItemVersionId ?? NonEmpty(incoming.ContentItemVersionId) ?? IdGenerator.NewId();
            incoming.Latest = true;
            incoming.CreatedUtc ??= latest is null ? now : candidate.CreatedUtc ?? now;
            incoming.ModifiedUtc ??= now;
            incoming.PublishedUtc ??= incoming.Published ? now : null;
            await WriteAsync(incoming, sameVersion, versions, cancellationToken);
            outcome = latest is null ? ImportOutcome.Created : ImportOutcome.Updated;
            await RaiseAsync(new ContentEvent(ContentEventKind.Imported, incoming, latest is null ? null : ContentRecordMapper.ToItem(latest)), cancellationToken);
        }, cancellationToken);
        return outcome;
    }

    /// <summary>Inside a transaction reads go to the database: the unit of work must see its own writes.</summary>
    private bool UseCache => db.Database.CurrentTransaction is null;

    private async Task<ContentItem?> CachedSingleAsync(string key, Func<Task<ContentItem?>> load)
    {
        if (!UseCache)
        {
            return await load();
        }

        var items = await CachedAsync(key, async () => await load() is { } item ? [item] : []);
        return items.Count == 0 ? null : items[0];
    }

    /// <summary>Cached copies: what the cache holds is never handed out, so callers may change what they get.</summary>
    private async Task<IReadOnlyList<ContentItem>> CachedAsync(string key, Func<Task<IReadOnlyList<ContentItem>>> load)
    {
        var items = await cache.GetOrLoadAsync(tenant.Tenant.Name, SiteChanges.PublishedContent, key, async _ =>
        {
            var loaded = (await load()).ToArray();
            return new CacheLoad<ContentItem[]>(loaded, 256 + loaded.Sum(i => 4096L));
        });
        return Array.ConvertAll(items, i => i.Clone());
    }
}
