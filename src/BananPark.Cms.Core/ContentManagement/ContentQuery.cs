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

    /// <summary>With <see cref="VersionOptions.Latest"/>: drafts only, published only, or both.</summary>
    public ContentStatus Status { get; init; } = ContentStatus.Any;

    /// <summary>Published or latest versions.</summary>
    public VersionOptions Version { get; init; } = VersionOptions.Published;

    /// <summary>Sort order.</summary>
    public ContentOrder OrderBy { get; init; } = ContentOrder.DisplayText;

    /// <summary>Items to skip (paging).</summary>
    public int Skip { get; init; }

    /// <summary>Most items to return; capped by the store.</summary>
    public int Take { get; init; } = 100;
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
}
