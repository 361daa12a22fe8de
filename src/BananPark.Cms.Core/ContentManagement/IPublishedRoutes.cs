namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// The public addresses of published items, read column by column from the route index (never an item's JSON):
/// what the sitemaps list, and where an item whose path an editor changed lives now. Nothing is cached here;
/// the sitemaps are cached as pages, and a moved path is asked for only when no item holds it.
/// </summary>
public interface IPublishedRoutes
{
    /// <summary>How many published items of <paramref name="contentType"/> have a public URL (a route or the home page).</summary>
    Task<int> CountAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>
    /// The published items of <paramref name="contentType"/> with a public URL, in a stable order (the home page
    /// first, then by route), <paramref name="skip"/> and <paramref name="take"/> applied in the query; streamed.
    /// </summary>
    IAsyncEnumerable<PublishedRoute> ListAsync(string contentType, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>
    /// The current URL (e.g. <c>/enterprises/new-name</c>) of the published item that was published at
    /// <paramref name="path"/> before an editor changed its route, or null: never held, taken by another
    /// item since, or the item is no longer published.
    /// </summary>
    Task<string?> FindMovedAsync(string path, CancellationToken cancellationToken = default);
}

/// <summary>One published item's public address.</summary>
/// <param name="Url">The local URL, <c>/</c> for the home page, else <c>/</c> and the route (not escaped).</param>
/// <param name="LastModifiedUtc">When what visitors see last changed: the later of the version's modified and published times.</param>
public sealed record PublishedRoute(string Url, DateTime? LastModifiedUtc);
