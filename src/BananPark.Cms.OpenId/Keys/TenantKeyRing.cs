using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace BananPark.Cms.OpenId.Keys;

/// <summary>A tenant's keys as OpenIddict gets them: the active ones first (the first signs or encrypts), then the pending ones (published only).</summary>
/// <param name="Signing">Signing keys, newest active first.</param>
/// <param name="Encryption">Encryption keys, newest active first.</param>
/// <param name="Version">Changes whenever the set or an activation changes.</param>
public sealed record TenantKeySet(IReadOnlyList<SecurityKey> Signing, IReadOnlyList<SecurityKey> Encryption, string Version);

/// <summary>
/// The loaded key set of every tenant, in memory; <see cref="KeyRotation"/> fills it at start and on every pass.
/// When a tenant's set changes, the tenant's OpenIddict options are built again (<see cref="Changed"/>).
/// </summary>
public sealed class TenantKeyRing
{
    private readonly ConcurrentDictionary<string, TenantKeySet> _sets = new(StringComparer.Ordinal);

    /// <summary>Raised with the tenant's name after its set changed.</summary>
    public event Action<string>? Changed;

    /// <summary>The tenant's set, or null before its keys were loaded.</summary>
    public TenantKeySet? Get(string tenant) => _sets.GetValueOrDefault(tenant);

    /// <summary>Replaces the tenant's set; tells <see cref="Changed"/> only when its version differs.</summary>
    public void Set(string tenant, TenantKeySet set)
    {
        var previous = _sets.GetValueOrDefault(tenant);
        _sets[tenant] = set;
        if (previous?.Version != set.Version)
        {
            Changed?.Invoke(tenant);
        }
    }
}
