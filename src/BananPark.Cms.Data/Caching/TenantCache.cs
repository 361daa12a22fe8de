using System.Collections.Concurrent;
using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
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
    private static readonly SiteChanges[] Kinds = Enum.GetValues<SiteChanges>().Where(k => k != SiteChanges.None).ToArray();

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<(string Tenant, SiteChanges Kind), CancellationTokenSource> _tokens = new();
    private readonly ConcurrentDictionary<string, Lazy<Task>> _loading = new(StringComparer.Ordinal);

    public TenantCache(IOptions<CacheOptions> options)
        => _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.Value.SizeLimitMegabytes) * 1024L * 1024L, CompactionPercentage = 0.25 });

    public async Task<T> GetOrLoadAsync<T>(string tenant, SiteChanges evictedBy, string key, Func<CancellationToken, Task<CacheLoad<T>>> load, CancellationToken cancellationToken = default)
    {
        var fullKey = $"{tenant}\u001f{(int)evictedBy}\u001f{typeof(T).Name}\u001f{key}";
        if (_entries.TryGetValue(fullKey, out var cached) && cached is T hit)
        {
            return hit;
        }

        // The tokens are taken before loading: a change committed while the load runs evicts its result.
        var tokens = TokensOf(tenant, evictedBy);
        Lazy<Task>? mine = null;
        mine = new Lazy<Task>(() => LoadAsync(fullKey, mine!, tokens, load));
        var shared = _loading.GetOrAdd(fullKey, mine);
        return await ((Task<T>)shared.Value).WaitAsync(cancellationToken);
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

    private async Task<T> LoadAsync<T>(string fullKey, Lazy<Task> self, List<CancellationToken> tokens, Func<CancellationToken, Task<CacheLoad<T>>> load)
    {
        try
        {
            // Not the caller's token: the load is shared, and one caller giving up must not fail the others.
            var loaded = await load(CancellationToken.None);
            if (!tokens.Exists(t => t.IsCancellationRequested))
            {
                var entry = new MemoryCacheEntryOptions { Size = Math.Max(1, loaded.Size) };
                foreach (var token in tokens)
                {
                    entry.ExpirationTokens.Add(new CancellationChangeToken(token));
                }

                _entries.Set(fullKey, loaded.Value, entry);
            }

            return loaded.Value;
        }
        finally
        {
            _loading.TryRemove(KeyValuePair.Create(fullKey, self));
        }
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
