namespace BananPark.Cms.Api.Endpoints;

/// <summary>
/// A content item in Orchard's JSON shape, for the OpenAPI document: the metadata below plus one property per part
/// (<c>TitlePart</c>, <c>Enterprise</c>, …), whose shape <c>/api/content-types</c> describes.
/// </summary>
public sealed class ContentItemDocument
{
    /// <summary>The item's id (given by the site).</summary>
    public string? ContentItemId { get; init; }

    /// <summary>The content type's name, e.g. <c>Enterprise</c>.</summary>
    public string ContentType { get; init; } = "";

    /// <summary>The item's title.</summary>
    public string? DisplayText { get; init; }

    /// <summary>True on the newest version.</summary>
    public bool Latest { get; init; }

    /// <summary>True on the version the public site shows.</summary>
    public bool Published { get; init; }

    /// <summary>When the version last changed (UTC).</summary>
    public DateTime? ModifiedUtc { get; init; }

    /// <summary>The owner's user id.</summary>
    public string? Owner { get; init; }

    /// <summary>The parts, keyed by name.</summary>
    [System.Text.Json.Serialization.JsonExtensionData]
    public Dictionary<string, object?>? Parts { get; init; }
}

/// <summary>One page of a list.</summary>
public sealed class ContentPageDocument
{
    /// <summary>The page's items.</summary>
    public IReadOnlyList<ContentItemDocument> Items { get; init; } = [];

    /// <summary>The cursor of the next page (pass as <c>cursor=</c>), null on the last.</summary>
    public string? Next { get; init; }

    /// <summary>With <c>expand=</c>: the picked items and containers you may read.</summary>
    public IReadOnlyList<ContentItemDocument>? Included { get; init; }
}
