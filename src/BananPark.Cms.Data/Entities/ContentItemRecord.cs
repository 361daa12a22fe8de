namespace BananPark.Cms.Data.Entities;

/// <summary>
/// One row per content item version: the item's JSON plus the columns pages and lists query.
/// The columns are derived from the JSON on every write; the JSON is the truth.
/// </summary>
public sealed class ContentItemRecord
{
    /// <summary>Most characters of <see cref="SearchText"/> kept.</summary>
    public const int SearchTextLength = 4000;

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

    /// <summary>Lower-case display text and text values, whitespace collapsed, for the admin search.</summary>
    public string? SearchText { get; set; }

    /// <summary>When a draft is to be published (<c>PublishLaterPart</c>); null when not scheduled.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }

    /// <summary>Changes on every write; a save that read an older stamp is refused.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}
