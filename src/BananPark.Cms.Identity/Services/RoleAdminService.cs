using System.Security.Claims;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Services;

/// <summary>Everything the roles screens do. System roles can be edited, never deleted.</summary>
public sealed partial class RoleAdminService(
    RoleManager<CmsRole> roles, UserManager<CmsUser> users, RoleService roleService, GrantGuard guard, SecurityLog log)
{
    public async Task<IReadOnlyList<RoleRow>> ListAsync()
    {
        var rows = new List<RoleRow>();
        foreach (var role in await roles.Roles.AsNoTracking().OrderBy(r => r.Name).ToListAsync())
        {
            var members = UserAdminService.IsImplicit(role.Name!) ? 0 : (await users.GetUsersInRoleAsync(role.Name!)).Count;
            rows.Add(new RoleRow(role, members, (await roleService.GetPermissionsAsync(role)).Count, IsSystem(role.Name!)));
        }

        return rows;
    }

    public async Task<(CmsRole? Role, IReadOnlySet<string> Permissions)> GetAsync(string name)
        => await roles.FindByNameAsync(name) is { } role ? (role, await roleService.GetPermissionsAsync(role)) : (null, new HashSet<string>());

    public async Task<AdminResult> CreateAsync(ClaimsPrincipal actor, string name, string? description)
    {
        name = name.Trim();
        if (!RoleName().IsMatch(name))
        {
            return AdminResult.Fail("Use 2 to 64 letters, digits, spaces, '-' or '_' for the role name, starting with a letter.");
        }

        if (await roles.FindByNameAsync(name) is not null)
        {
            return AdminResult.Fail($"A role named '{name}' already exists.");
        }

        var created = await roles.CreateAsync(new CmsRole(name) { Description = description?.Trim() });
        if (created.Succeeded)
        {
            await log.WriteAsync(SecurityEventKinds.RoleCreated, actor.Identity?.Name, name);
        }

        return AdminResult.From(created);
    }

    /// <summary>Sets description and permissions; the actor may only add or remove permissions they hold.</summary>
    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal actor, string name, string? description, IReadOnlyCollection<string> permissions)
    {
        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return AdminResult.Fail("That role no longer exists.");
        }

        if (role.Name == SystemRoles.Administrator && !GrantGuard.IsAdministrator(actor))
        {
            return AdminResult.Fail("Only Administrators can change the Administrator role.");
        }

        var current = await roleService.GetPermissionsAsync(role);
        foreach (var changed in current.Except(permissions).Concat(permissions.Except(current)))
        {
            if (!await guard.CanGrantPermissionAsync(actor, changed))
            {
                return AdminResult.Fail($"You cannot give or take the permission '{changed}': you do not hold it yourself.");
            }
        }

        role.Description = description?.Trim();
        await roles.UpdateAsync(role);
        await roleService.SetPermissionsAsync(role, permissions);
        await log.WriteAsync(SecurityEventKinds.RoleUpdated, actor.Identity?.Name, role.Name,
            $"added: {string.Join(", ", permissions.Except(current))}; removed: {string.Join(", ", current.Except(permissions))}");
        return AdminResult.Ok;
    }

    public async Task<AdminResult> DeleteAsync(ClaimsPrincipal actor, string name)
    {
        if (IsSystem(name))
        {
            return AdminResult.Fail($"'{name}' is a system role; it can be edited but not deleted.");
        }

        if (await roles.FindByNameAsync(name) is not { } role)
        {
            return AdminResult.Fail("That role no longer exists.");
        }

        if (!await guard.CanGrantRoleAsync(actor, name))
        {
            return AdminResult.Fail("You cannot delete a role that grants permissions you do not hold.");
        }

        var members = await users.GetUsersInRoleAsync(name);
        var deleted = await roles.DeleteAsync(role);
        if (!deleted.Succeeded)
        {
            return AdminResult.From(deleted);
        }

        foreach (var member in members)
        {
            await users.UpdateSecurityStampAsync(member);
        }

        await roleService.ForgetCachedPermissionsAsync();
        await log.WriteAsync(SecurityEventKinds.RoleDeleted, actor.Identity?.Name, name, $"{members.Count} members lost the role");
        return AdminResult.Ok;
    }

    public static bool IsSystem(string name) => SystemRoles.All.Contains(name, StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\p{L}[\p{L}\p{N} _-]{1,63}$")]
    private static partial Regex RoleName();
}

/// <summary>A row of the roles list.</summary>
public sealed record RoleRow(CmsRole Role, int Members, int Permissions, bool IsSystem);
