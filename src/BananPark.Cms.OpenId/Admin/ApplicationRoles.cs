using System.Security.Claims;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.OpenId.Admin;

/// <summary>
/// The roles (Orchard's <c>RoleEntries</c>) an administrator may give an application: as for users, nobody hands out
/// more than they hold (<see cref="GrantGuard"/>), so a holder of ManageApplications alone cannot mint an Administrator client.
/// </summary>
public sealed class ApplicationRoles(RoleManager<CmsRole> roles, GrantGuard guard)
{
    /// <summary>The roles the actor may give or take away, by name.</summary>
    public async Task<IReadOnlyList<string>> GrantableAsync(ClaimsPrincipal actor, CancellationToken cancellationToken = default)
    {
        var names = await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(cancellationToken);
        var grantable = new List<string>();
        foreach (var name in names)
        {
            if (await guard.CanGrantRoleAsync(actor, name))
            {
                grantable.Add(name);
            }
        }

        return grantable;
    }

    /// <summary>The problem of a change of roles the actor may not make (by the <c>Roles</c> field); empty when allowed.</summary>
    public async Task<Dictionary<string, string>> CheckChangeAsync(ClaimsPrincipal actor, IReadOnlyCollection<string> before, IReadOnlyCollection<string> after, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var role in before.Except(after, StringComparer.Ordinal).Concat(after.Except(before, StringComparer.Ordinal)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await guard.CanGrantRoleAsync(actor, role))
            {
                problems["Roles"] = $"You cannot give or take away the role '{role}': it grants permissions you do not hold, or it does not exist.";
                break;
            }
        }

        return problems;
    }
}
