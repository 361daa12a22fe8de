using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Nobody hands out more than they hold: a role can be given (or taken away) only by someone who
/// holds every permission it grants; a permission only by someone who holds it. Only
/// Administrators manage the Administrator role.
/// </summary>
public sealed class GrantGuard(PermissionChecker permissions, RoleManager<CmsRole> roles, RoleService roleService)
{
    public static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(SystemRoles.Administrator);

    public async Task<bool> CanGrantRoleAsync(ClaimsPrincipal actor, string roleName)
    {
        if (IsAdministrator(actor))
        {
            return true;
        }

        if (string.Equals(roleName, SystemRoles.Administrator, StringComparison.OrdinalIgnoreCase) || await roles.FindByNameAsync(roleName) is not { } role)
        {
            return false;
        }

        foreach (var permission in await roleService.GetPermissionsAsync(role))
        {
            if (!await permissions.HasPermissionAsync(actor, permission))
            {
                return false;
            }
        }

        return true;
    }

    public async Task<bool> CanGrantPermissionAsync(ClaimsPrincipal actor, string permission)
        => IsAdministrator(actor) || await permissions.HasPermissionAsync(actor, permission);
}
