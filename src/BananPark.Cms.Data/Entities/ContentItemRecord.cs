namespace BananPark.Cms.Data.Entities;

/// <summary>
/// One row per content item version: the item's JSON plus the columns pages and lists query.
/// The columns are derived from the JSON on every write; the JSON is the truth.
/// </summary>
public sealed class ContentItemRecord
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentItemVersionId { get; set; } = "";

    public string ContentType { get; set; } = "";

    public string? DisplayText { get; set; }

    public bool Latest { get; set; }

    public bool Published { get; set; }

    /// <summary>Lower-case route path without slashes at either end; null when the item has no route.</summary>
    public string? RoutePath { get; set; }

    public bool IsHomepage { get; set; }

    /// <summary>The container's item id (<c>ContainedPart.ListContentItemId</c>).</summary>
    public string? ContainerId { get; set; }

    public int ContainedOrder { get; set; }

    public string? Owner { get; set; }

    public string? Author { get; set; }

    public DateTime? CreatedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public string Json { get; set; } = "{}";

    /// <summary>Changes on every write; a save that read an older stamp is refused.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
