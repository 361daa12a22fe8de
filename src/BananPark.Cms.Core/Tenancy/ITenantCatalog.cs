namespace BananPark.Cms.Core.Tenancy;

/// <summary>The tenants this host serves, for work that concerns every tenant (e.g. evicting every cache).</summary>
public interface ITenantCatalog
{
    /// <summary>Every tenant, set up or not.</summary>
    IReadOnlyList<TenantSettings> All { get; }
}
