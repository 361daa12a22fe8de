namespace BananPark.Cms.Core.Tenancy;

/// <summary>What identifies a tenant and where its data lives.</summary>
public sealed record TenantSettings
{
    /// <summary>The name of the only tenant a fresh install has.</summary>
    public const string DefaultName = "Default";

    /// <summary>Tenant name; also its data folder name (<c>Sites/{Name}</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Host names that select the tenant; empty matches any host.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>Path prefix that selects the tenant (without slashes); null for none.</summary>
    public string? UrlPrefix { get; init; }
}
