using System.Collections.Concurrent;
using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Data.Caching;

/// <summary>
/// <see cref="ITenantCache"/> over a size-limited <see cref="MemoryCache"/> of its own. Loads in flight are
/// shared, so a key is loaded once however many requests ask at the same time; a load that fails is
/// forgotten. Each (tenant, change kind) has an eviction token: a committed change cancels the tokens of
/// its kinds, which drops every entry under them, including entries whose load began before the change.
/// </summary>
internal sealed class TenantCache : ITenantCache, ISiteChangeListener, IDisposable
{
    /// <summary>The <c>cache</c> tag of this cache's lookups in <see cref="CmsTelemetry.CacheLookups"/>.</summary>
    private const string CacheName = "tenant";

    private static readonly SiteChanges[] Kinds = Enum.GetValues<SiteChanges>().Where(k => k != SiteChanges.None).ToArray();

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<(string Tenant, SiteChanges Kind), CancellationTokenSource> _tokens = new();
    private readonly ConcurrentDictionary<string, Task<object?>> _loading = new(StringComparer.Ordinal);

    public TenantCache(IOptions<CacheOptions> options)
        => _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SizeLimitMegabytes) * 1024L * 1024L, CompactionPercentage = 0.25 });

    public async Task<T> GetOrLoadAsync<T>(string tenant, SiteChanges evictedBy, string key, Func<CancellationToken, Task<CacheLoad<T>>> load, CancellationToken cancellationToken = default)
    {
        var fullKey = FullKey<T>(tenant, evictedBy, key);
        if (_entries.TryGetValue(fullKey, out var cached) && cached is T hit)
        {
            CmsTelemetry.CacheLookup(CacheName, hit: true);
            return hit;
        }

        CmsTelemetry.CacheLookup(CacheName, hit: false);
        // The tokens are taken before loading: a change committed while the load runs evicts its result.
        var tokens = TokensOf(tenant, evictedBy);
        var mine = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var shared = _loading.GetOrAdd(fullKey, mine.Task);
        if (shared == mine.Task)
        {
            // The first caller loads; the others wait for its task without holding a thread or a lock.
            await LoadAsync(fullKey, mine, tokens, load);
        }

        return (T)(await shared.WaitAsync(cancellationToken))!;
    }

    public async Task<IReadOnlyDictionary<string, T>> GetOrLoadManyAsync<T>(
        string tenant, SiteChanges evictedBy, IReadOnlyCollection<string> keys,
        Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, CacheLoad<T>>>> load,
        CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, T>(keys.Count, StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in keys)
        {
            if (_entries.TryGetValue(FullKey<T>(tenant, evictedBy, key), out var cached) && cached is T hit)
            {
                found[key] = hit;
            }
            else
            {
                missing.Add(key);
            }
        }

        CmsTelemetry.CacheLookup(CacheName, hit: true, found.Count);
        CmsTelemetry.CacheLookup(CacheName, hit: false, missing.Count);

        if (missing.Count == 0)
        {
            return found;
        }

        var tokens = TokensOf(tenant, evictedBy);
        foreach (var (key, loaded) in await load(missing, cancellationToken))
        {
            Keep(FullKey<T>(tenant, evictedBy, key), loaded, tokens);
            found[key] = loaded.Value;
        }

        return found;
    }

    public void Evict(string tenant, SiteChanges changes)
    {
        foreach (var kind in Kinds.Where(k => (changes & k) != 0))
        {
            if (_tokens.TryRemove((tenant, kind), out var source))
            {
                // Not disposed: a reader may be taking its token at this moment; an unused source holds no timer.
                source.Cancel();
            }
        }
    }

    public Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        Evict(tenantName, changes);
        return Task.CompletedTask;
    }

    public void Dispose() => _entries.Dispose();

    private async Task LoadAsync<T>(string fullKey, TaskCompletionSource<object?> result, List<CancellationToken> tokens, Func<CancellationToken, Task<CacheLoad<T>>> load)
    {
        try
        {
            // Not the caller's token: the load is shared, and one caller giving up must not fail the others.
            var loaded = await load(CancellationToken.None);
            Keep(fullKey, loaded, tokens);
            result.SetResult(loaded.Value);
        }
        catch (Exception e)
        {
            result.SetException(e);
        }
        finally
        {
            _loading.TryRemove(KeyValuePair.Create(fullKey, result.Task));
        }
    }

    private static string FullKey<T>(string tenant, SiteChanges evictedBy, string key)
        => $"{tenant}\u001f{(int)evictedBy}\u001f{typeof(T).Name}\u001f{key}";

    /// <summary>Stores a loaded value unless it asked not to be kept or a change it depends on committed while it loaded.</summary>
    private void Keep<T>(string fullKey, CacheLoad<T> loaded, List<CancellationToken> tokens)
    {
        if (loaded.Size <= 0 || tokens.Exists(t => t.IsCancellationRequested))
        {
            return;
        }

        var entry = new MemoryCacheEntryOptions { Size = loaded.Size };
        foreach (var token in tokens)
        {
            entry.ExpirationTokens.Add(new CancellationChangeToken(token));
        }

        _entries.Set(fullKey, loaded.Value, entry);
    }

    private List<CancellationToken> TokensOf(string tenant, SiteChanges evictedBy)
    {
        var tokens = new List<CancellationToken>(2);
        foreach (var kind in Kinds.Where(k => (evictedBy & k) != 0))
        {
            tokens.Add(_tokens.GetOrAdd((tenant, kind), _ => new CancellationTokenSource()).Token);
        }

        return tokens;
    }
}
