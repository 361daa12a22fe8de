using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>
/// Whether a user holds a permission: through the roles in their claims, plus Authenticated (or
/// Anonymous). Administrator holds everything. A role with no permissions grants nothing. Other
/// capabilities ask through <see cref="IPermissionService"/> (Content's item permission rules).
/// </summary>
public sealed class PermissionChecker(PermissionCatalog catalog, RolePermissionsCache cache, CmsIdentityDbContext db, ITenantContext tenant) : IPermissionService
{
    public async Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permissionName, CancellationToken cancellationToken = default)
    {
        var roles = RolesOf(user);
        if (roles.Contains(SystemRoles.Administrator.ToUpperInvariant()))
        {
            return true;
        }

        var grants = await cache.GetAsync(tenant, db, cancellationToken);
        var granted = roles.SelectMany(r => grants.TryGetValue(r, out var set) ? set : Enumerable.Empty<string>()).ToHashSet(StringComparer.Ordinal);
        var all = await catalog.GetAllAsync(cancellationToken);
        return all.TryGetValue(permissionName, out var permission) ? permission.IsGrantedBy(granted) : granted.Contains(permissionName);
    }

    /// <summary>
    /// Normalized role names of the user, including the implicit Authenticated or Anonymous. An application's
    /// principal (<see cref="ClientPrincipal"/>) has the roles it was given plus Anonymous, never Authenticated: it is
    /// not a signed-in person, but a token must never hold less than no token (what visitors read, it reads).
    /// </summary>
    public static HashSet<string> RolesOf(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (ClientPrincipal.ClientIdOf(user) is not null && user.Identity?.IsAuthenticated == true)
        {
            roles.Add(SystemRoles.Anonymous.ToUpperInvariant());
            return roles;
        }

        roles.Add(user.Identity?.IsAuthenticated == true ? SystemRoles.Authenticated.ToUpperInvariant() : SystemRoles.Anonymous.ToUpperInvariant());
        return roles;
    }
}
