using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// One version of a content item, in Orchard's JSON shape: the metadata below, then one
/// property per part. Parts live in <see cref="Content"/> as raw JSON, so a part or field the
/// code does not know is written back exactly as it was read.
/// </summary>
[JsonConverter(typeof(ContentItemJsonConverter))]
public sealed class ContentItem
{
    /// <summary>Stable id shared by every version of the item.</summary>
    public string ContentItemId { get; set; } = "";

    /// <summary>Id of this version.</summary>
    public string ContentItemVersionId { get; set; } = "";

    /// <summary>Name of the item's content type definition.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Human-readable label (usually the title).</summary>
    public string? DisplayText { get; set; }

    /// <summary>True on the newest version.</summary>
    public bool Latest { get; set; }

    /// <summary>True on the version the public site shows; at most one per item.</summary>
    public bool Published { get; set; }

    /// <summary>When this version was last changed.</summary>
    public DateTime? ModifiedUtc { get; set; }

    /// <summary>When this version was published.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>When the item was first created.</summary>
    public DateTime? CreatedUtc { get; set; }

    /// <summary>User id (or name) that owns the item.</summary>
    public string? Owner { get; set; }

    /// <summary>User name that wrote this version.</summary>
    public string? Author { get; set; }

    /// <summary>
    /// Stamp of the stored row this version was read from (not part of the JSON). A save that
    /// carries a stamp is refused with <see cref="ContentConflictException"/> when the item has
    /// changed since: the explicit concurrency token.
    /// </summary>
    public string? ConcurrencyStamp { get; set; }

    /// <summary>The parts, keyed by part name, plus any other property the reader found.</summary>
    public JsonObject Content { get; init; } = [];

    /// <summary>A deep copy that shares no JSON nodes with this item.</summary>
    public ContentItem Clone() => new()
    {
        ContentItemId = ContentItemId,
        ContentItemVersionId = ContentItemVersionId,
        ContentType = ContentType,
        DisplayText = DisplayText,
        Latest = Latest,
        Published = Published,
        ModifiedUtc = ModifiedUtc,
        PublishedUtc = PublishedUtc,
        CreatedUtc = CreatedUtc,
        Owner = Owner,
        Author = Author,
        ConcurrencyStamp = ConcurrencyStamp,
        Content = (JsonObject)Content.DeepClone(),
    };
}
