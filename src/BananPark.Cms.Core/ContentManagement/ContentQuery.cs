namespace BananPark.Cms.Core.ContentManagement;

/// <summary>A query over indexed columns only (never over the JSON).</summary>
public sealed record ContentQuery
{
    /// <summary>Only items of this type.</summary>
    public string? ContentType { get; init; }

    /// <summary>Only children of this container (<c>ContainedPart.ListContentItemId</c>).</summary>
    public string? ContainerId { get; init; }

    /// <summary>Only items owned by this user id.</summary>
    public string? Owner { get; init; }

    /// <summary>Only items of one of these types (e.g. the types a user may see); null for any.</summary>
    public IReadOnlyList<string>? ContentTypes { get; init; }

    /// <summary>Words every match must contain, case-insensitive, in its display text or text fields.</summary>
    public string? Search { get; init; }

    /// <summary>Only versions modified at or after this instant (UTC).</summary>
    public DateTime? ModifiedFromUtc { get; init; }

    /// <summary>Only versions modified before this instant (UTC).</summary>
    public DateTime? ModifiedBeforeUtc { get; init; }

    /// <summary>With <see cref="VersionOptions.Latest"/>: drafts only, published only, or both.</summary>
    public ContentStatus Status { get; init; } = ContentStatus.Any;

    /// <summary>Published or latest versions.</summary>
    public VersionOptions Version { get; init; } = VersionOptions.Published;

    /// <summary>
    /// With <see cref="VersionOptions.Latest"/>: whose drafts the reader may see. Items it does not cover are read
    /// as their published version (and left out when they have none). Null: every latest version.
    /// </summary>
    public DraftVisibility? Drafts { get; init; }

    /// <summary>Sort order.</summary>
    public ContentOrder OrderBy { get; init; } = ContentOrder.DisplayText;

    /// <summary>Items to skip (paging).</summary>
    public int Skip { get; init; }

    /// <summary>Most items to return; capped by the store.</summary>
    public int Take { get; init; } = 100;

    /// <summary>A text that differs whenever two queries can differ in their results (lists by content, not by reference).</summary>
    public string CacheKey() => string.Join('\u001f',
        ContentType, ContainerId, Owner, ContentTypes is null ? "\u0000" : string.Join('\u001e', ContentTypes), Search,
        ModifiedFromUtc?.Ticks, ModifiedBeforeUtc?.Ticks, Status, Version, Drafts?.CacheKey(), OrderBy, Skip, Take);
}

/// <summary>Publication state a query can filter on.</summary>
public enum ContentStatus
{
    /// <summary>Drafts and published items.</summary>
    Any,

    /// <summary>Latest versions that are not published.</summary>
    Draft,

    /// <summary>Latest versions that are published.</summary>
    Published,
}

/// <summary>Orders a <see cref="ContentQuery"/> can use.</summary>
public enum ContentOrder
{
    /// <summary>By display text, A to Z.</summary>
    DisplayText,

    /// <summary>By position in the container, then display text.</summary>
    ContainedOrder,

    /// <summary>Most recently modified first.</summary>
    ModifiedDescending,

    /// <summary>By display text, Z to A.</summary>
    DisplayTextDescending,

    /// <summary>Least recently modified first.</summary>
    ModifiedAscending,

    /// <summary>By content type, then display text.</summary>
    ContentType,

    /// <summary>Most recently created first.</summary>
    CreatedDescending,
}
