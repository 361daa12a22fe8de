using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Data.Entities;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Imports as recipes carry items: matched by id, unchanged items left alone, in batches so the cost per
/// item stays the same however many there are (one query loads a batch's stored versions, new versions go in
/// through one prepared insert, changed ones in two saves, its audit events are written together, and the rows
/// are let go before the next batch).
/// </summary>
internal sealed partial class ContentManager
{
    /// <summary>Items written per batch.</summary>
    private const int ImportBatchSize = 500;

    public async Task<ImportOutcome> ImportAsync(ContentItem item, CancellationToken cancellationToken = default)
        => (await ImportManyAsync([item], null, cancellationToken))[0];

    public async Task<IReadOnlyList<ImportOutcome>> ImportManyAsync(IReadOnlyList<ContentItem> items, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var prepared = new List<ContentItem>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var definition = await definitions.GetAsync(cancellationToken);
        for (var i = 0; i < items.Count; i++)
        {
            ContentItem ready;
            try
            {
                ready = await PrepareAsync(items[i], importing: true, cancellationToken, definition);
            }
            catch (ContentValidationException e) when (e.ItemIndex is null)
            {
                throw new ContentValidationException(e.Problems) { ItemIndex = i };
            }

            if (!seen.Add(ready.ContentItemId))
            {
                throw new ContentValidationException([("ContentItemId", $"the item '{ready.ContentItemId}' is imported twice.")]) { ItemIndex = i };
            }

            prepared.Add(ready);
        }

        var outcomes = new ImportOutcome[prepared.Count];
        await InTransactionAsync(async () =>
        {
            var changes = SiteChanges.None;
            for (var start = 0; start < prepared.Count; start += ImportBatchSize)
            {
                var batch = prepared.GetRange(start, Math.Min(ImportBatchSize, prepared.Count - start));
                changes |= await ImportBatchAsync(batch, outcomes.AsMemory(start, batch.Count), cancellationToken);
                progress?.Report(start + batch.Count);
            }

            await signal.SignalAsync(changes, cancellationToken);
        }, cancellationToken);
        return outcomes;
    }

    private async Task<SiteChanges> ImportBatchAsync(List<ContentItem> batch, Memory<ImportOutcome> outcomes, CancellationToken cancellationToken)
    {
        var ids = batch.ConvertAll(i => i.ContentItemId);
        var stored = (await db.ContentItems.Where(r => ids.Contains(r.ContentItemId) && (r.Latest || r.Published)).ToListAsync(cancellationToken))
            .GroupBy(r => r.ContentItemId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var now = StoreTime.UtcNow(clock);
        var writes = new List<ImportWrite>();
        for (var i = 0; i < batch.Count; i++)
        {
            var incoming = batch[i];
            var versions = stored.GetValueOrDefault(incoming.ContentItemId) ?? [];
            var latest = versions.FirstOrDefault(v => v.Latest);
            var candidate = CompleteFromLatest(incoming, latest);
            if (latest is not null && SameJson(latest.Json, candidate))
            {
                outcomes.Span[i] = ImportOutcome.Unchanged;
                continue;
            }

            var target = versions.FirstOrDefault(v => v.ContentItemVersionId == incoming.ContentItemVersionId)
                ?? (string.IsNullOrEmpty(incoming.ContentItemVersionId) && latest is { Published: false } ? latest : null);
            incoming.ContentItemVersionId = target?.ContentItemVersionId ?? NonEmpty(incoming.ContentItemVersionId) ?? IdGenerator.NewId();
            incoming.Latest = true;
            incoming.CreatedUtc ??= latest is null ? now : candidate.CreatedUtc ?? now;
            incoming.ModifiedUtc ??= now;
            incoming.PublishedUtc ??= incoming.Published ? now : null;
            writes.Add(new ImportWrite(incoming, target, versions, latest is null ? null : ContentRecordMapper.ToItem(latest)));
            outcomes.Span[i] = latest is null ? ImportOutcome.Created : ImportOutcome.Updated;
        }

        if (writes.Count == 0)
        {
            Release(stored.Values.SelectMany(v => v));
            return SiteChanges.None;
        }

        // First every other version's flags, then the versions themselves: the unique indexes never see two flagged rows.
        foreach (var write in writes)
        {
            foreach (var other in write.Versions.Where(v => v != write.Target))
            {
                SetFlags(other, latest: false, published: other.Published && !write.Item.Published);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var inserted = new List<ContentItemRecord>();
        foreach (var write in writes)
        {
            var target = write.Target ?? new ContentItemRecord();
            ContentRecordMapper.Fill(target, write.Item, rules);
            if (write.Target is null)
            {
                inserted.Add(target);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await BulkInsert.InsertAsync(db, inserted, cancellationToken);
        await RaiseManyAsync(writes.ConvertAll(w => new ContentEvent(ContentEventKind.Imported, w.Item, w.Previous)), cancellationToken);
        Release(stored.Values.SelectMany(v => v));
        return writes.Exists(w => w.Item.Published) ? SiteChanges.PublishedContent | SiteChanges.Drafts : SiteChanges.Drafts;
    }

    /// <summary>
    /// True when the stored JSON holds exactly the candidate: the same text (the common case, cheap), or the same
    /// JSON written another way (rows stored before the writer stopped escaping non-ASCII text).
    /// </summary>
    private static bool SameJson(string stored, ContentItem candidate)
    {
        var text = ContentItemJson.Serialize(candidate);
        return text == stored || (text.Length <= stored.Length && JsonNode.DeepEquals(JsonNode.Parse(stored), JsonNode.Parse(text)));
    }

    private async Task RaiseManyAsync(IReadOnlyList<ContentEvent> events, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.HandleManyAsync(events, cancellationToken);
        }
    }

    /// <summary>Stops tracking rows a batch is done with, so the next batch's saves do not look at them again.</summary>
    private void Release(IEnumerable<ContentItemRecord> rows)
    {
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }

    private sealed record ImportWrite(ContentItem Item, ContentItemRecord? Target, List<ContentItemRecord> Versions, ContentItem? Previous);
}
