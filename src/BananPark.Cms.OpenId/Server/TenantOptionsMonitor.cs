using System.Collections.Concurrent;
using BananPark.Cms.OpenId.Keys;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId.Server;

/// <summary>
/// OpenIddict's server and validation options, built once per tenant (its keys differ) and built again when the
/// tenant's key set changes. Replaces the framework's monitor for exactly these option types.
/// </summary>
public sealed class TenantOptionsMonitor<TOptions> : IOptionsMonitor<TOptions> where TOptions : class
{
    private readonly ConcurrentDictionary<(string Tenant, string Name), TOptions> _built = new();
    private readonly IOptionsFactory<TOptions> _factory;
    private readonly CurrentTenantName _tenant;

    public TenantOptionsMonitor(IOptionsFactory<TOptions> factory, CurrentTenantName tenant, TenantKeyRing ring)
    {
        _factory = factory;
        _tenant = tenant;
        ring.Changed += Evict;
    }

    public TOptions CurrentValue => Get(Options.DefaultName);

    public TOptions Get(string? name)
    {
        var key = (_tenant.Value, name ?? Options.DefaultName);
        return _built.TryGetValue(key, out var options) ? options : _built.GetOrAdd(key, _factory.Create(key.Item2));
    }

    public IDisposable? OnChange(Action<TOptions, string?> listener) => null;

    private void Evict(string tenant)
    {
        foreach (var key in _built.Keys.Where(k => k.Tenant == tenant))
        {
            _built.TryRemove(key, out _);
        }
    }
}
