using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>Permission names granted to each role, per tenant, in the site's cache; evicted when a role change commits.</summary>
public sealed class RolePermissionsCache(ITenantCache cache)
{
    private const string Key = "role-permissions";

    public Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> GetAsync(ITenantContext tenant, CmsIdentityDbContext db, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync(tenant.Tenant.Name, SiteChanges.Permissions, Key, async ct =>
        {
            var grants = await db.Roles.AsNoTracking()
                .Select(r => new
                {
                    r.NormalizedName,
                    Permissions = db.RoleClaims.Where(c => c.RoleId == r.Id && c.ClaimType == CmsRole.PermissionClaimType).Select(c => c.ClaimValue!).ToList(),
                })
                .ToListAsync(ct);
            IReadOnlyDictionary<string, IReadOnlySet<string>> map = grants.ToDictionary(
                g => g.NormalizedName!,
                g => (IReadOnlySet<string>)g.Permissions.ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
            return new CacheLoad<IReadOnlyDictionary<string, IReadOnlySet<string>>>(map, 1024 + grants.Sum(g => 64L * (g.Permissions.Count + 1)));
        }, cancellationToken);
}
