using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;

namespace BananPark.Cms.Media.Services;

/// <summary>Writes the library's changes into the audit trail (type <c>Media</c>, the path as the display text), in the change's transaction.</summary>
public sealed class MediaAudit(CmsDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The content type the audit trail shows for media events.</summary>
    public const string AuditType = "Media";

    /// <summary>Adds one event (saved with <see cref="SaveAsync"/>).</summary>
    public void Add(string @event, string path, string? detail = null)
        => db.AuditEvents.Add(new AuditEventRecord
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Event = @event,
            UserId = Cut(actor.UserId, 255),
            UserName = Cut(actor.Name, 255) ?? "system",
            ContentItemId = "",
            ContentType = AuditType,
            DisplayText = Cut(path, 1024),
            Changes = detail is null ? "[]" : System.Text.Json.JsonSerializer.Serialize(new[] { new { Path = "Path", Label = "Path", Before = (string?)null, After = detail } }),
        });

    /// <summary>Saves the added events in the current transaction.</summary>
    public Task SaveAsync(CancellationToken cancellationToken) => db.SaveChangesAsync(cancellationToken);

    private static string? Cut(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
