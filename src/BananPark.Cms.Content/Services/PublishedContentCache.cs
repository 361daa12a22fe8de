using System.Collections.Concurrent;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Published reads (by id, by route, the home page, published queries) per tenant, so pages do not
/// query the database for content that has not changed. Cleared for a tenant when a content change
/// commits; entries are copies, so callers can never change what others read.
/// Bounded: past <see cref="MaxEntries"/> the tenant's entries are dropped and refilled on demand.
/// Per process: a web farm sharing one database needs a shared signal (left for the PostgreSQL work).
/// </summary>
internal sealed class PublishedContentCache : IContentChangeListener
{
    public const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ContentItem[]>> _tenants = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<ContentItem>> GetOrLoadAsync(string tenant, string key, Func<Task<IReadOnlyList<ContentItem>>> load)
    {
        var entries = _tenants.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, ContentItem[]>(StringComparer.Ordinal));
        if (!entries.TryGetValue(key, out var items))
        {
            items = [.. await load()];
            if (entries.Count >= MaxEntries)
            {
                entries.Clear();
            }

            entries[key] = items;
        }

        return Array.ConvertAll(items, i => i.Clone());
    }

    public Task ContentChangedAsync(string tenantName, CancellationToken cancellationToken)
    {
        _tenants.TryRemove(tenantName, out _);
        return Task.CompletedTask;
    }
}
