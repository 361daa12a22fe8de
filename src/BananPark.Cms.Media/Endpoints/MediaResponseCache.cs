using System.Collections.Concurrent;
using BananPark.Cms.Core.Data;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// The media responses already served, per tenant, so a request for a known original or an already-rendered size reads
/// no row, opens no database connection, hashes nothing and probes no file: small bodies are kept in memory (bounded by
/// <see cref="MediaOptions.ResponseCacheMegabytes"/>), larger ones as where to read them. Every
/// <see cref="SiteChanges.Media"/> change of a tenant (an upload, a replacement, a delete, a focal point, a profile)
/// drops all of that tenant's entries at once, on every node (the change signal reaches each node's listeners).
/// </summary>
public sealed class MediaResponseCache : ISiteChangeListener, IDisposable
{
    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _leases = new(StringComparer.Ordinal);
    private readonly bool _enabled;

    /// <summary>Makes the cache with the limits of <paramref name="options"/>.</summary>
    public MediaResponseCache(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _enabled = options.Value.ResponseCacheMegabytes > 0;
        MaxBodyBytes = Math.Min(options.Value.ResponseCacheEntryKilobytes * 1024L, Math.Max(1, options.Value.ResponseCacheMegabytes) * 1024L * 1024L / 8);
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.ResponseCacheMegabytes) * 1024L * 1024L, CompactionPercentage = 0.25 });
    }

    /// <summary>The largest body kept in memory; a larger one is kept as where to read it.</summary>
    public long MaxBodyBytes { get; }

    /// <summary>
    /// Taken before the tenant's rows are read for a response: when a media change commits meanwhile, the response made
    /// from them is not kept (<see cref="Keep"/> sees the lease cancelled).
    /// </summary>
    public CancellationToken Lease(string tenant) => _leases.GetOrAdd(tenant, _ => new CancellationTokenSource()).Token;

    /// <summary>The response kept under <paramref name="key"/> for <paramref name="tenant"/>, or null.</summary>
    public MediaCachedResponse? Find(string tenant, string key)
        => _enabled && _entries.TryGetValue(FullKey(tenant, key), out var found) ? found as MediaCachedResponse : null;

    /// <summary>Keeps <paramref name="response"/> unless the tenant's media changed since <paramref name="lease"/> was taken.</summary>
    public void Keep(string tenant, string key, MediaCachedResponse response, CancellationToken lease)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (!_enabled || lease.IsCancellationRequested)
        {
            return;
        }

        var entry = new MemoryCacheEntryOptions { Size = 512 + key.Length * 2 + (response.Body?.LongLength ?? 0) };
        entry.ExpirationTokens.Add(new CancellationChangeToken(lease));
        _entries.Set(FullKey(tenant, key), response, entry);
    }

    /// <inheritdoc />
    public Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        if ((changes & SiteChanges.Media) != 0 && _leases.TryRemove(tenantName, out var lease))
        {
            // Not disposed: a request may be taking its token at this moment; an unused source holds no timer.
            lease.Cancel();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => _entries.Dispose();

    private static string FullKey(string tenant, string key) => tenant + "\u001f" + key;
}
