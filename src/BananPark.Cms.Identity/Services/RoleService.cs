using System.Security.Claims;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Services;

/// <summary>Creates roles and sets their permissions; members' sessions are refreshed so a change applies at once.</summary>
public sealed class RoleService(
    RoleManager<CmsRole> roles, UserManager<CmsUser> users, CmsIdentityDbContext db, IChangeSignal signal)
{
    /// <summary>The role, created when missing.</summary>
    public async Task<CmsRole> EnsureAsync(string name, string? description = null)
    {
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new CmsRole(name) { Description = description };
            Check(await roles.CreateAsync(role), $"role '{name}'");
        }
        else if (description is not null && role.Description != description)
        {
            role.Description = description;
            Check(await roles.UpdateAsync(role), $"role '{name}'");
        }

        return role;
    }

    /// <summary>The permission names stored for the role.</summary>
    public async Task<IReadOnlySet<string>> GetPermissionsAsync(CmsRole role)
        => (await roles.GetClaimsAsync(role)).Where(c => c.Type == CmsRole.PermissionClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Replaces the role's permissions.</summary>
    public async Task SetPermissionsAsync(CmsRole role, IEnumerable<string> permissions)
    {
        var wanted = permissions.ToHashSet(StringComparer.Ordinal);
        var current = await GetPermissionsAsync(role);
        foreach (var name in current.Except(wanted))
        {
            Check(await roles.RemoveClaimAsync(role, new Claim(CmsRole.PermissionClaimType, name)), $"role '{role.Name}'");
        }

        foreach (var name in wanted.Except(current))
        {
            Check(await roles.AddClaimAsync(role, new Claim(CmsRole.PermissionClaimType, name)), $"role '{role.Name}'");
        }

        await RefreshMembersAsync(role);
    }

    /// <summary>Creates each missing system role with Orchard's default permissions; existing ones are left as they are.</summary>
    public async Task EnsureSystemRolesAsync()
    {
        foreach (var (name, permissions) in SystemRoles.Defaults)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                var role = await EnsureAsync(name);
                await SetPermissionsAsync(role, permissions.Select(p => p.Name));
            }
        }
    }

    /// <summary>Drops the cached role permissions once the current change commits.</summary>
    public Task ForgetCachedPermissionsAsync() => signal.SignalAsync(SiteChanges.Permissions);

    private async Task RefreshMembersAsync(CmsRole role)
    {
        foreach (var user in await users.GetUsersInRoleAsync(role.Name!))
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await ForgetCachedPermissionsAsync();
    }

    public static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not save {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    internal Task<bool> AnyAsync() => db.Roles.AnyAsync();
}
