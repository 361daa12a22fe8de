namespace BananPark.Cms.Data.Entities;

/// <summary>One audit-trail entry: who did what to which item, when, and the field changes.</summary>
public sealed class AuditEventRecord
{
    public long Id { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>The event kind, e.g. <c>Published</c>.</summary>
    public string Event { get; set; } = "";

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    public string? ContentItemVersionId { get; set; }

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    /// <summary>The field changes as JSON (<c>[{ "Path", "Label", "Before", "After" }]</c>).</summary>
    public string Changes { get; set; } = "[]";
}
