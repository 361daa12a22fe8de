using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Tests;

/// <summary>Published items held in memory; records every <see cref="GetManyAsync"/> call so tests can count the reads.</summary>
internal sealed class FakePublishedContent(params ContentItemSnapshot[] items) : IPublishedContent
{
    public List<IReadOnlyList<string>> Reads { get; } = [];

    public Task<ContentItemSnapshot?> GetAsync(string contentItemId, CancellationToken cancellationToken = default)
        => Task.FromResult(items.FirstOrDefault(i => i.ContentItemId == contentItemId));

    public Task<IReadOnlyList<ContentItemSnapshot>> GetManyAsync(IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var ids = contentItemIds.Distinct(StringComparer.Ordinal).ToList();
        Reads.Add(ids);
        return Task.FromResult<IReadOnlyList<ContentItemSnapshot>>(ids.Select(id => items.FirstOrDefault(i => i.ContentItemId == id)).OfType<ContentItemSnapshot>().ToList());
    }

    public Task<ContentItemSnapshot?> GetByRouteAsync(string path, CancellationToken cancellationToken = default)
        => Task.FromResult(items.FirstOrDefault(i => i.Url == "/" + path.Trim('/')));

    public Task<ContentItemSnapshot?> GetHomepageAsync(CancellationToken cancellationToken = default)
        => Task.FromResult(items.FirstOrDefault(i => i.Url == "/"));

    public Task<ContentPage> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
        => Task.FromResult(new ContentPage(items, items.Length, 0, items.Length));
}
