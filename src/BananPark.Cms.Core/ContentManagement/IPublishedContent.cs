namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// What the public site reads: published versions of the current tenant as shared, immutable
/// snapshots, cached until a publish, unpublish or import changes them. Every call costs at most one
/// indexed query (a list page two: its items and its count), however much content the site holds.
/// </summary>
public interface IPublishedContent
{
    /// <summary>The published item with the id, or null.</summary>
    Task<ContentItemSnapshot?> GetAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>The published items with these ids, in the order asked (duplicates once, unknown ids left out), in one query.</summary>
    Task<IReadOnlyList<ContentItemSnapshot>> GetManyAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default);

    /// <summary>The published item whose route is <paramref name="path"/> (case-insensitive, slashes trimmed), or null.</summary>
    Task<ContentItemSnapshot?> GetByRouteAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The published item marked as the home page, or null.</summary>
    Task<ContentItemSnapshot?> GetHomepageAsync(CancellationToken cancellationToken = default);

    /// <summary>One page of the published items matching <paramref name="query"/>, with how many match in all.</summary>
    Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);
}

/// <summary>One page of a query's results.</summary>
/// <param name="Items">The items of the page, in the query's order.</param>
/// <param name="Total">How many items match the query in all.</param>
/// <param name="Skip">How many items come before this page.</param>
/// <param name="Take">The page size asked for.</param>
public sealed record ContentPage(IReadOnlyList<ContentItemSnapshot> Items, int Total, int Skip, int Take)
{
    /// <summary>An empty page.</summary>
    public static ContentPage Empty { get; } = new([], 0, 0, 0);
}
