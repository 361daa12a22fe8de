using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;

namespace BananPark.Cms.Content.Services.Audit;

/// <summary>Writes one audit event per content change, in the change's own transaction.</summary>
internal sealed class AuditTrailRecorder(CmsDbContext db, IContentDefinitionManager definitions, ICurrentActor actor, TimeProvider clock, ContentDiff diff)
    : IContentEventListener
{
    public async Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        var item = contentEvent.Item;
        var changes = contentEvent.Kind is ContentEventKind.Created or ContentEventKind.Edited or ContentEventKind.Published
            or ContentEventKind.Imported or ContentEventKind.Restored
            ? diff.Compare(contentEvent.Previous, item, await definitions.GetAsync(cancellationToken))
            : [];
        db.AuditEvents.Add(new AuditEventRecord
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Event = contentEvent.Kind.ToString(),
            UserId = Cut(actor.UserId, 255),
            UserName = Cut(actor.Name, 255) ?? "system",
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = Cut(item.DisplayText, 1024),
            Changes = JsonSerializer.Serialize(changes.Select(c => new AuditChange(c.Path, c.Label, Cut(c.Before, MaxValue), Cut(c.After, MaxValue)))),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Longest value kept per side of a change; the versions keep the whole text.</summary>
    private const int MaxValue = 4000;

    /// <summary>At most <paramref name="length"/> characters (the column's size), the ellipsis included.</summary>
    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..(length - 1)] + "…";
}

/// <summary>A field change as the audit trail stores it.</summary>
public sealed record AuditChange(string Path, string Label, string? Before, string? After);
