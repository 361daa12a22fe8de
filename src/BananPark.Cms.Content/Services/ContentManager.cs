using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>Content items over the version rows: reads use indexed columns, writes keep one Latest and one Published.</summary>
internal sealed partial class ContentManager(
    CmsDbContext db,
    IContentDefinitionManager definitions,
    IEnumerable<IContentHandler> handlers,
    IStoreSession session,
    IChangeSignal signal,
    IPublishedContent published,
    RouteOwners routes,
    IEnumerable<IContentEventListener> listeners,
    ICurrentActor actor,
    TimeProvider clock,
    ContentRules rules) : IContentManager
{
    private const int MaxTake = 1000;

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions version = VersionOptions.Published, CancellationToken cancellationToken = default)
    {
        if (version == VersionOptions.Published)
        {
            return (await published.GetAsync(contentItemId, cancellationToken))?.ToContentItem();
        }

        var row = await db.ContentItems.AsNoTracking().Where(r => r.ContentItemId == contentItemId && r.Latest)
            .Select(r => new { r.Json, r.ConcurrencyStamp }).FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : WithStamp(ContentItemJson.Deserialize(row.Json), row.ConcurrencyStamp);
    }

    public async Task<ContentItem?> GetByRouteAsync(string path, CancellationToken cancellationToken = default)
        => (await published.GetByRouteAsync(path, cancellationToken))?.ToContentItem();

    public async Task<ContentItem?> GetHomepageAsync(CancellationToken cancellationToken = default)
        => (await published.GetHomepageAsync(cancellationToken))?.ToContentItem();

    public async Task<IReadOnlyList<ContentItem>> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Version == VersionOptions.Published)
        {
            return (await published.QueryAsync(query with { Take = Math.Min(query.Take, MaxTake) }, cancellationToken)).Items.Select(i => i.ToContentItem()).ToList();
        }

        var rows = ContentQueries.Order(ContentQueries.Filter(db.ContentItems.AsNoTracking(), query), query.OrderBy);
        var json = await ContentQueries.Page(rows, query, MaxTake).Select(r => r.Json).ToListAsync(cancellationToken);
        return json.ConvertAll(ContentItemJson.Deserialize);
    }

    public Task<int> CountAsync(ContentQuery query, CancellationToken cancellationToken = default)
        => ContentQueries.Filter(db.ContentItems.AsNoTracking(), query).CountAsync(cancellationToken);

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
        var now = StoreTime.UtcNow(clock);
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
}
