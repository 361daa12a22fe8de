using System.Collections.Concurrent;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>Permission names granted to each role, per tenant; reloaded after any role change.</summary>
public sealed class RolePermissionsCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>> _tenants = new(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(ITenantContext tenant, CmsIdentityDbContext db, CancellationToken cancellationToken)
    {
        if (_tenants.TryGetValue(tenant.Tenant.Name, out var cached))
        {
            return cached;
        }

        var grants = await db.Roles.AsNoTracking()
            .Select(r => new
            {
                r.NormalizedName,
                Permissions = db.RoleClaims.Where(c => c.RoleId == r.Id && c.ClaimType == CmsRole.PermissionClaimType).Select(c => c.ClaimValue!).ToList(),
            })
            .ToListAsync(cancellationToken);
        var map = grants.ToDictionary(
            g => g.NormalizedName!,
            g => (IReadOnlySet<string>)g.Permissions.ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        _tenants[tenant.Tenant.Name] = map;
        return map;
    }

    public void Invalidate(string tenant) => _tenants.TryRemove(tenant, out _);
}
