using System.Collections.Concurrent;

namespace BananPark.Cms.Tenancy.Setup;

/// <summary>Which tenants are set up and serving; read by the readiness check.</summary>
public sealed class ReadyTenants
{
    private readonly ConcurrentDictionary<string, DateTime> _ready = new(StringComparer.Ordinal);

    public bool IsReady(string tenant) => _ready.ContainsKey(tenant);

    public void MarkReady(string tenant, DateTime setupUtc) => _ready[tenant] = setupUtc;
}
