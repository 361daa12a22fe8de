using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>
/// Published reads over the renderer's <see cref="IContentManager"/>, for the field displays of <c>other_fields</c>
/// until the renderer hands templates the site's <see cref="IPublishedContent"/> (then this goes). Each id is
/// one cached lookup, not one query for all.
/// </summary>
internal sealed class ManagerPublishedContent(IContentManager content) : IPublishedContent
{
    public async Task<ContentItemSnapshot?> GetAsync(string contentItemId, CancellationToken cancellationToken = default)
        => await content.GetAsync(contentItemId, VersionOptions.Published, cancellationToken) is { } item ? ContentItemSnapshot.From(item) : null;

    public async Task<IReadOnlyList<ContentItemSnapshot>> GetManyAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var items = new List<ContentItemSnapshot>();
        foreach (var id in contentItemIds.Distinct(StringComparer.Ordinal))
        {
            if (await GetAsync(id, cancellationToken) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    public async Task<ContentItemSnapshot?> GetByRouteAsync(string path, CancellationToken cancellationToken = default)
        => await content.GetByRouteAsync(path, cancellationToken) is { } item ? ContentItemSnapshot.From(item) : null;

    public async Task<ContentItemSnapshot?> GetHomepageAsync(CancellationToken cancellationToken = default)
        => await content.GetHomepageAsync(cancellationToken) is { } item ? ContentItemSnapshot.From(item) : null;

    public async Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        var items = await content.QueryAsync(query, cancellationToken);
        return new ContentPage(items.Select(ContentItemSnapshot.From).ToList(), await content.CountAsync(query, cancellationToken), query.Skip, query.Take);
    }
}
