using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;
using BananPark.Cms.Data.Services;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services.Audit;

/// <summary>Writes one audit event per content change, in the change's own transaction; a bulk change's events in one save.</summary>
internal sealed class AuditTrailRecorder(CmsDbContext db, IContentDefinitionManager definitions, ICurrentActor actor, TimeProvider clock, ContentDiff diff)
    : IContentEventListener
{
    /// <summary>Longest value kept per side of a change; the versions keep the whole text.</summary>
    private const int MaxValue = 4000;

    public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken) => HandleManyAsync([contentEvent], cancellationToken);

    public async Task HandleManyAsync(IReadOnlyList<ContentEvent> contentEvents, CancellationToken cancellationToken)
    {
        if (contentEvents.Count == 0)
        {
            return;
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var records = contentEvents.Select(e => Record(e, definition, now)).ToList();
        if (db.Database.CurrentTransaction is not null)
        {
            await BulkInsert.InsertAsync(db, records, cancellationToken);
            return;
        }

        db.AuditEvents.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var record in records)
        {
            db.Entry(record).State = EntityState.Detached;
        }
    }

    private AuditEventRecord Record(ContentEvent contentEvent, ContentDefinition definition, DateTime now)
    {
        var item = contentEvent.Item;
        var changes = contentEvent.Kind is ContentEventKind.Created or ContentEventKind.Edited or ContentEventKind.Published
            or ContentEventKind.Imported or ContentEventKind.Restored
            ? diff.Compare(contentEvent.Previous, item, definition)
            : [];
        return new AuditEventRecord
        {
            CreatedUtc = now,
            Event = contentEvent.Kind.ToString(),
            UserId = Cut(actor.UserId, 255),
            UserName = Cut(actor.Name, 255) ?? "system",
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = Cut(item.DisplayText, 1024),
            Changes = JsonSerializer.Serialize(changes.Select(c => new AuditChange(c.Path, c.Label, Cut(c.Before, MaxValue), Cut(c.After, MaxValue)))),
        };
    }

    /// <summary>At most <paramref name="length"/> characters (the column's size), the ellipsis included.</summary>
    internal static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..(length - 1)] + "…";
}

/// <summary>A field change as the audit trail stores it.</summary>
public sealed record AuditChange(string Path, string Label, string? Before, string? After);
