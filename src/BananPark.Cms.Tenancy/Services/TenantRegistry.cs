using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Tenancy.Services;

/// <summary>
/// The tenants this host serves. Only <c>Default</c> exists so far; it matches every host.
/// Kept behind this class so that adding tenants (a later issue) changes one place.
/// </summary>
public sealed class TenantRegistry : ITenantCatalog
{
    public TenantSettings Default { get; } = new() { Name = TenantSettings.DefaultName };

    public IReadOnlyList<TenantSettings> All => [Default];

    /// <summary>The tenant for a request's host and path, or null when none matches.</summary>
    public TenantSettings? Match(string host, string path)
        => All.FirstOrDefault(t =>
            (t.Hosts.Count == 0 || t.Hosts.Contains(host, StringComparer.OrdinalIgnoreCase))
            && (t.UrlPrefix is null || path.StartsWith($"/{t.UrlPrefix}", StringComparison.OrdinalIgnoreCase)));
}
