using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Identity.Services;

/// <summary>Everything the users screens do, with the guards in one place (not in the components).</summary>
public sealed class UserAdminService(
    UserManager<CmsUser> users, RoleManager<CmsRole> roles, GrantGuard guard, SecurityLog log, CmsIdentityDbContext db, TimeProvider clock, SessionStore sessions, Reauthentication reauth)
{
    public const int PageSize = 25;

    public async Task<(IReadOnlyList<UserRow> Rows, int Total)> SearchAsync(UserSearch search)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            // LIKE with the wildcards escaped (the search text is data, never a pattern), upper case on both sides:
            // PostgreSQL's LIKE is case-sensitive, SQLite's is not (for ASCII), and the normalized names are upper
            // case already. PostgreSQL's trigram index (IX_AspNetUsers_Search_Trigram) serves these three.
            var pattern = LikePattern.Containing(search.Text.Trim().ToUpperInvariant());
#pragma warning disable CA1304, CA1311 // ToUpper here is SQL's upper(), translated by EF, never run with a .NET culture.
            query = query.Where(u => EF.Functions.Like(u.NormalizedUserName!, pattern, LikePattern.Escape) || EF.Functions.Like(u.NormalizedEmail!, pattern, LikePattern.Escape)
                || EF.Functions.Like(u.DisplayName!.ToUpper(), pattern, LikePattern.Escape));
#pragma warning restore CA1304, CA1311
        }

        if (search.Enabled is { } enabled)
        {
            query = query.Where(u => u.Enabled == enabled);
        }

        if (!string.IsNullOrEmpty(search.Role) && await roles.FindByNameAsync(search.Role) is { } role)
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == role.Id));
        }

        var total = await query.CountAsync();
        var pageNumber = Math.Clamp(search.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var page = await query.OrderBy(u => u.NormalizedUserName).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        // The page's roles in one query, not one per row.
        var ids = page.Select(u => u.Id).ToList();
        var roleNames = await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync();
        var rows = page.Select(u => new UserRow(u, roleNames.Where(x => x.UserId == u.Id).Select(x => x.Name!).Order(StringComparer.Ordinal).ToList())).ToList();
        return (rows, total);
    }

    public async Task<IReadOnlyList<string>> GrantableRolesAsync(ClaimsPrincipal actor)
    {
        var grantable = new List<string>();
        foreach (var name in await roles.Roles.OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync())
        {
            if (!IsImplicit(name) && await guard.CanGrantRoleAsync(actor, name))
            {
                grantable.Add(name);
            }
        }

        return grantable;
    }

    public async Task<(AdminResult Result, CmsUser? User, string? Password)> CreateAsync(ClaimsPrincipal actor, NewUser input)
    {
        if (await CheckRoleChangeAsync(actor, [], input.Roles) is { Succeeded: false } denied)
        {
            return (denied, null, null);
        }

        var generated = string.IsNullOrEmpty(input.Password);
        var password = generated ? PasswordRules.Generate(20) : input.Password!;
        var user = new CmsUser
        {
            UserName = input.UserName.Trim(),
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? null : input.DisplayName.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            MustChangePassword = generated,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (AdminResult.From(created), null, null);
        }

        if (input.Roles.Count > 0)
        {
            await users.AddToRolesAsync(user, input.Roles);
        }

        await log.WriteAsync(SecurityEventKinds.UserCreated, actor.Identity?.Name, user.UserName, $"roles: {string.Join(", ", input.Roles)}");
        return (AdminResult.Ok, user, generated ? password : null);
    }

    public async Task<AdminResult> UpdateAsync(ClaimsPrincipal actor, string id, UserChanges edit)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AdminResult.Fail("That user no longer exists.");
        }

        var current = await users.GetRolesAsync(user);
        if (await CheckRoleChangeAsync(actor, current, edit.Roles) is { Succeeded: false } denied)
        {
            return denied;
        }

        if (current.Contains(SystemRoles.Administrator) && !edit.Roles.Contains(SystemRoles.Administrator) && await IsLastAdministratorAsync(user))
        {
            return AdminResult.Fail($"{user.UserName} is the last enabled Administrator; make someone else Administrator first.");
        }

        if (SensitiveChange(user, current, edit) is { } change && !await reauth.ConfirmAsync(actor, edit.CurrentPassword, $"{change} of {user.UserName}"))
        {
            return AdminResult.Fail(Reauthentication.Refused);
        }

        user.DisplayName = string.IsNullOrWhiteSpace(edit.DisplayName) ? null : edit.DisplayName.Trim();
        var emailResult = await users.SetEmailAsync(user, string.IsNullOrWhiteSpace(edit.Email) ? null : edit.Email.Trim());
        if (!emailResult.Succeeded)
        {
            return AdminResult.From(emailResult);
        }

        await users.UpdateAsync(user);
        var removed = current.Except(edit.Roles).ToList();
        var added = edit.Roles.Except(current).ToList();
        if (removed.Count > 0 || added.Count > 0)
        {
            await users.RemoveFromRolesAsync(user, removed);
            await users.AddToRolesAsync(user, added);
            await users.UpdateSecurityStampAsync(user);
            await log.WriteAsync(SecurityEventKinds.RolesChanged, actor.Identity?.Name, user.UserName,
                $"added: {string.Join(", ", added)}; removed: {string.Join(", ", removed)}");
        }

        await log.WriteAsync(SecurityEventKinds.UserUpdated, actor.Identity?.Name, user.UserName);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> SetEnabledAsync(ClaimsPrincipal actor, string id, bool enabled)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AdminResult.Fail("That user no longer exists.");
        }

        if (!enabled && user.Id == actor.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return AdminResult.Fail("You cannot disable your own account.");
        }

        if (!enabled && await IsLastAdministratorAsync(user))
        {
            return AdminResult.Fail($"{user.UserName} is the last enabled Administrator and cannot be disabled.");
        }

        if (!await CanManageAsync(actor, user))
        {
            return AdminResult.Fail("You cannot change a user who holds roles you cannot grant.");
        }

        user.Enabled = enabled;
        await users.UpdateAsync(user);
        // A new stamp ends the user's open sessions.
        await users.UpdateSecurityStampAsync(user);
        await log.WriteAsync(enabled ? SecurityEventKinds.UserEnabled : SecurityEventKinds.UserDisabled, actor.Identity?.Name, user.UserName);
        return AdminResult.Ok;
    }

    public async Task<(AdminResult Result, string? Password)> ResetPasswordAsync(ClaimsPrincipal actor, string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (AdminResult.Fail("That user no longer exists."), null);
        }

        if (!await CanManageAsync(actor, user))
        {
            return (AdminResult.Fail("You cannot change a user who holds roles you cannot grant."), null);
        }

        var password = PasswordRules.Generate(20);
        await users.RemovePasswordAsync(user);
        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return (AdminResult.From(added), null);
        }

        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await log.WriteAsync(SecurityEventKinds.PasswordReset, actor.Identity?.Name, user.UserName);
        return (AdminResult.Ok, password);
    }

    /// <summary>Ends every session of the user at once (their cookies, copies included, stop working); how many were live.</summary>
    public async Task<(AdminResult Result, int Ended)> EndSessionsAsync(ClaimsPrincipal actor, string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (AdminResult.Fail("That user no longer exists."), 0);
        }

        if (!await CanManageAsync(actor, user))
        {
            return (AdminResult.Fail("You cannot sign out a user who holds roles you cannot grant."), 0);
        }

        var ended = await sessions.EndAllAsync(user.Id);
        await log.WriteAsync(SecurityEventKinds.SessionsEnded, actor.Identity?.Name, user.UserName, $"everywhere: {ended}");
        return (AdminResult.Ok, ended);
    }

    /// <summary>How many sessions of the user are live now.</summary>
    public async Task<int> ActiveSessionsAsync(string id) => (await sessions.ActiveAsync(id)).Count;

    public async Task<AdminResult> DeleteAsync(ClaimsPrincipal actor, string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return AdminResult.Fail("That user no longer exists.");
        }

        if (user.Id == actor.FindFirstValue(ClaimTypes.NameIdentifier))
        {
            return AdminResult.Fail("You cannot delete your own account.");
        }

        if (await IsLastAdministratorAsync(user))
        {
            return AdminResult.Fail($"{user.UserName} is the last enabled Administrator and cannot be deleted.");
        }

        if (!await CanManageAsync(actor, user))
        {
            return AdminResult.Fail("You cannot delete a user who holds roles you cannot grant.");
        }

        var deleted = await users.DeleteAsync(user);
        if (deleted.Succeeded)
        {
            await log.WriteAsync(SecurityEventKinds.UserDeleted, actor.Identity?.Name, user.UserName);
        }

        return AdminResult.From(deleted);
    }

    /// <summary>What of the edit needs the actor's current password: a new email, or the roles of someone who is or becomes Administrator.</summary>
    private static string? SensitiveChange(CmsUser user, IList<string> current, UserChanges edit)
    {
        var email = string.IsNullOrWhiteSpace(edit.Email) ? null : edit.Email.Trim();
        var rolesChanged = current.Except(edit.Roles).Any() || edit.Roles.Except(current).Any();
        var administrator = current.Contains(SystemRoles.Administrator) || edit.Roles.Contains(SystemRoles.Administrator);
        return !string.Equals(email, user.Email, StringComparison.Ordinal) ? "change the email"
            : rolesChanged && administrator ? "change an Administrator's roles"
            : null;
    }

    /// <summary>Roles every signed-in user or visitor has implicitly; they are not assigned.</summary>
    public static bool IsImplicit(string role)
        => role is SystemRoles.Authenticated or SystemRoles.Anonymous;

    private async Task<AdminResult> CheckRoleChangeAsync(ClaimsPrincipal actor, IEnumerable<string> current, IReadOnlyCollection<string> wanted)
    {
        var changed = current.Except(wanted).Concat(wanted.Except(current)).ToList();
        foreach (var role in changed)
        {
            if (IsImplicit(role) || await roles.FindByNameAsync(role) is null)
            {
                return AdminResult.Fail($"'{role}' is not a role you can assign.");
            }

            if (!await guard.CanGrantRoleAsync(actor, role))
            {
                return AdminResult.Fail($"You cannot give or take the role '{role}': it grants permissions you do not hold.");
            }
        }

        return AdminResult.Ok;
    }

    private async Task<bool> CanManageAsync(ClaimsPrincipal actor, CmsUser user)
    {
        foreach (var role in await users.GetRolesAsync(user))
        {
            if (!await guard.CanGrantRoleAsync(actor, role))
            {
                return false;
            }
        }

        return true;
    }

    private async Task<bool> IsLastAdministratorAsync(CmsUser user)
    {
        if (!await users.IsInRoleAsync(user, SystemRoles.Administrator))
        {
            return false;
        }

        return !(await users.GetUsersInRoleAsync(SystemRoles.Administrator)).Any(u => u.Id != user.Id && u.Enabled);
    }
}

/// <summary>A row of the users list.</summary>
public sealed record UserRow(CmsUser User, IList<string> Roles);

/// <summary>Search and filters of the users list.</summary>
public sealed record UserSearch(string? Text = null, string? Role = null, bool? Enabled = null, int Page = 1);

/// <summary>What the create form sends. An empty password means: generate one, to be changed at first sign-in.</summary>
public sealed record NewUser(string UserName, string? DisplayName, string? Email, string? Password, IReadOnlyCollection<string> Roles);

/// <summary>What the edit form sends; <paramref name="CurrentPassword"/> is the actor's, needed for a new email or an Administrator's roles.</summary>
public sealed record UserChanges(string? DisplayName, string? Email, IReadOnlyCollection<string> Roles, string? CurrentPassword = null);
