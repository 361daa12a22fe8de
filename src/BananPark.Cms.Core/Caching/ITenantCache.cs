using BananPark.Cms.Core.Data;

namespace BananPark.Cms.Core.Caching;

/// <summary>
/// The one cache of the site: values per tenant, bounded in size, one load per key at a time (callers
/// that ask while a value loads wait for that load), evicted by the kind of change that can make them
/// stale. Values are shared between requests and must be immutable: a read never clones and a writer
/// never changes a cached value. A failed load is not cached: the next caller loads again.
/// </summary>
public interface ITenantCache
{
    /// <summary>
    /// The value cached under <paramref name="key"/>, or the one <paramref name="load"/> makes.
    /// <paramref name="evictedBy"/> names the changes after which the value is stale.
    /// </summary>
    Task<T> GetOrLoadAsync<T>(string tenant, SiteChanges evictedBy, string key, Func<CancellationToken, Task<CacheLoad<T>>> load, CancellationToken cancellationToken = default);

    /// <summary>
    /// The values of many keys at once: those cached come from the cache, the rest from one call of
    /// <paramref name="load"/> with the missing keys (e.g. one query for every id of a list). A key the load
    /// leaves out is missing from the result and not cached.
    /// </summary>
    Task<IReadOnlyDictionary<string, T>> GetOrLoadManyAsync<T>(
        string tenant, SiteChanges evictedBy, IReadOnlyCollection<string> keys,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, CacheLoad<T>>>> load,
        CancellationToken cancellationToken = default);

    /// <summary>Drops every value of <paramref name="tenant"/> that a change of <paramref name="changes"/> makes stale.</summary>
    void Evict(string tenant, SiteChanges changes);
}

/// <summary>A loaded value with its approximate size in bytes (what the cache's limit counts).</summary>
/// <param name="Value">The value; it must not be changed once returned.</param>
/// <param name="Size">Approximate bytes the value holds; 0 or less: return the value but do not keep it
/// (e.g. a lookup that found nothing for a key anyone can make up, such as an unknown URL).</param>
public readonly record struct CacheLoad<T>(T Value, long Size);
