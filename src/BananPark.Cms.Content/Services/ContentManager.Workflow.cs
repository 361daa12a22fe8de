using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>Publish, unpublish, trash, restore, schedule and order: the editor's workflow.</summary>
internal sealed partial class ContentManager
{
    public async Task<bool> PublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var done = false;
        await InTransactionAsync(async () =>
        {
            var versions = await TrackedVersionsAsync(contentItemId, cancellationToken);
            if (versions.FirstOrDefault(v => v.Latest) is not { Published: false } latest)
            {
                return;
            }

            var previous = versions.FirstOrDefault(v => v.Published) is { } p ? ContentRecordMapper.ToItem(p) : null;
            var item = ContentRecordMapper.ToItem(latest);
            item.Published = true;
            item.PublishedUtc = StoreTime.UtcNow(clock);
            item.Content.Remove(nameof(PublishLaterPart));
            await EnsureRouteIsFreeAsync(item, cancellationToken);
            await WriteAsync(item, latest, versions, cancellationToken);
            await RaiseAsync(new ContentEvent(ContentEventKind.Published, item, previous), cancellationToken);
            done = true;
        }, cancellationToken);
        return done;
    }

    public async Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var done = false;
        await InTransactionAsync(async () =>
        {
            var versions = await TrackedVersionsAsync(contentItemId, cancellationToken);
            if (versions.FirstOrDefault(v => v.Published) is not { } published)
            {
                return;
            }

            var item = ContentRecordMapper.ToItem(published);
            SetFlags(published, latest: published.Latest, published: false);
            await db.SaveChangesAsync(cancellationToken);
            await signal.SignalAsync(SiteChanges.PublishedContent, cancellationToken);
            item.Published = false;
            await RaiseAsync(new ContentEvent(ContentEventKind.Unpublished, item, null), cancellationToken);
            done = true;
        }, cancellationToken);
        return done;
    }

    public async Task<bool> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var done = false;
        await InTransactionAsync(async () =>
        {
            var versions = await TrackedVersionsAsync(contentItemId, cancellationToken);
            var latest = versions.FirstOrDefault(v => v.Latest) ?? versions.FirstOrDefault();
            if (latest is null)
            {
                return;
            }

            var item = ContentRecordMapper.ToItem(latest);
            var changes = versions.Any(v => v.Published) ? SiteChanges.PublishedContent | SiteChanges.Drafts : SiteChanges.Drafts;
            foreach (var version in versions)
            {
                SetFlags(version, latest: false, published: false);
            }

            // The trashed version's modified time is when it was deleted: the trash lists by it.
            var trashed = ContentRecordMapper.ToItem(latest);
            trashed.ModifiedUtc = StoreTime.UtcNow(clock);
            ContentRecordMapper.Fill(latest, trashed, rules);
            await db.SaveChangesAsync(cancellationToken);
            await signal.SignalAsync(changes, cancellationToken);
            await RaiseAsync(new ContentEvent(ContentEventKind.Deleted, item, null), cancellationToken);
            done = true;
        }, cancellationToken);
        return done;
    }

    public async Task<bool> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        var done = false;
        await InTransactionAsync(async () =>
        {
            var rows = db.ContentItems.Where(r => r.ContentItemId == contentItemId);
            if (await rows.AnyAsync(r => r.Latest || r.Published, cancellationToken)
                || await rows.OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken) is not { } newest)
            {
                return;
            }

            // Back as a plain draft: a schedule set before the delete has most likely passed.
            var item = ContentRecordMapper.ToItem(newest);
            item.Latest = true;
            item.Published = false;
            item.Content.Remove(nameof(PublishLaterPart));
            ContentRecordMapper.Fill(newest, item, rules);
            await db.SaveChangesAsync(cancellationToken);
            await signal.SignalAsync(SiteChanges.Drafts, cancellationToken);
            await RaiseAsync(new ContentEvent(ContentEventKind.Restored, ContentRecordMapper.ToItem(newest), null), cancellationToken);
            done = true;
        }, cancellationToken);
        return done;
    }

    public async Task<ContentItem?> RestoreVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var json = await db.ContentItems.AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && r.ContentItemVersionId == contentItemVersionId)
            .Select(r => r.Json).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var item = ContentItemJson.Deserialize(json);
        item.ConcurrencyStamp = null;
        item.Content.Remove(nameof(PublishLaterPart));
        return await SaveCoreAsync(item, publish: false, restoring: true, cancellationToken);
    }

    public async Task<bool> SchedulePublishAsync(string contentItemId, DateTime? publishUtc, CancellationToken cancellationToken = default)
    {
        var done = false;
        await InTransactionAsync(async () =>
        {
            var versions = await TrackedVersionsAsync(contentItemId, cancellationToken);
            if (versions.FirstOrDefault(v => v.Latest) is not { Published: false } draft)
            {
                return;
            }

            var item = ContentRecordMapper.ToItem(draft);
            if (publishUtc is { } when)
            {
                item.Apply(new PublishLaterPart { ScheduledPublishUtc = DateTime.SpecifyKind(when, DateTimeKind.Utc) });
            }
            else
            {
                item.Content.Remove(nameof(PublishLaterPart));
            }

            ContentRecordMapper.Fill(draft, item, rules);
            await db.SaveChangesAsync(cancellationToken);
            await signal.SignalAsync(SiteChanges.Drafts, cancellationToken);
            await RaiseAsync(new ContentEvent(ContentEventKind.Scheduled, item, null), cancellationToken);
            done = true;
        }, cancellationToken);
        return done;
    }

    public async Task<int> PublishDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default)
    {
        var due = await db.ContentItems.AsNoTracking()
            .Where(r => r.ScheduledPublishUtc != null && r.ScheduledPublishUtc <= nowUtc && r.Latest && !r.Published)
            .OrderBy(r => r.ScheduledPublishUtc).Select(r => r.ContentItemId).Take(MaxTake).ToListAsync(cancellationToken);
        var published = 0;
        var failed = new List<(string, string)>();
        foreach (var id in due)
        {
            // One draft that can't go out (its route is taken) must not hold back the others.
            try
            {
                published += await PublishAsync(id, cancellationToken) ? 1 : 0;
            }
            catch (ContentValidationException e)
            {
                failed.AddRange(e.Problems.Select(p => (id, $"Scheduled item '{id}': {p.Message}")));
            }
        }

        return failed.Count == 0 ? published : throw new ContentValidationException(failed);
    }

    public async Task SetContainedOrderAsync(string containerId, IReadOnlyList<string> orderedChildIds, CancellationToken cancellationToken = default)
    {
        var ids = orderedChildIds.Distinct(StringComparer.Ordinal).ToList();
        await InTransactionAsync(async () =>
        {
            var rows = await db.ContentItems
                .Where(r => r.ContainerId == containerId && (r.Latest || r.Published) && ids.Contains(r.ContentItemId))
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var item = ContentRecordMapper.ToItem(row);
                item.Apply(new ContainedPart { ListContentItemId = containerId, Order = ids.IndexOf(row.ContentItemId) });
                ContentRecordMapper.Fill(row, item, rules);
            }

            await db.SaveChangesAsync(cancellationToken);
            await signal.SignalAsync(rows.Any(r => r.Published) ? SiteChanges.PublishedContent | SiteChanges.Drafts : SiteChanges.Drafts, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ContentItem>> GetTrashAsync(int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        var newest = db.ContentItems.AsNoTracking()
            .GroupBy(r => r.ContentItemId)
            .Where(g => !g.Any(r => r.Latest || r.Published))
            .Select(g => g.Max(r => r.Id));
        var rows = await db.ContentItems.AsNoTracking().Where(r => newest.Contains(r.Id))
            .OrderByDescending(r => r.ModifiedUtc).ThenByDescending(r => r.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, MaxTake)).ToListAsync(cancellationToken);
        return rows.ConvertAll(ContentRecordMapper.ToItem);
    }

}
