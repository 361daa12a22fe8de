using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Setup;

/// <summary>
/// Creates the first Administrator before the setup recipe runs (so the recipe can use its id),
/// then makes sure the system roles exist and the admin holds Administrator; all in the setup's
/// transaction. A generated password is printed only once setup has committed: a failed setup
/// leaves no account, so it prints none.
/// </summary>
internal sealed class IdentitySetupParticipant(
    UserManager<CmsUser> users, RoleService roles, IStoreSession session, IOptions<IdentitySetupOptions> options, TimeProvider clock, SetupConsole console)
    : ISetupParticipant
{
    public async Task BeforeRecipeAsync(SetupContext context, CancellationToken cancellationToken)
    {
        var setup = options.Value;
        var admin = await users.FindByNameAsync(setup.AdminUserName);
        if (admin is null)
        {
            var generated = string.IsNullOrEmpty(setup.AdminPassword);
            var password = generated ? PasswordRules.Generate() : setup.AdminPassword!;
            admin = new CmsUser
            {
                UserName = setup.AdminUserName,
                Email = setup.AdminEmail,
                DisplayName = "Administrator",
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                MustChangePassword = generated,
            };
            var created = await users.CreateAsync(admin, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(
                    $"The first Administrator '{setup.AdminUserName}' could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))} (Cms:Setup:AdminPassword)");
            }

            if (generated)
            {
                await session.AfterCommitAsync(ct => PrintAsync(setup.AdminUserName, password, ct), cancellationToken);
            }
        }

        context.Parameters["AdminUserId"] = admin.Id;
        context.Parameters["AdminUsername"] = admin.UserName!;
    }

    public async Task AfterRecipeAsync(SetupContext context, CancellationToken cancellationToken)
    {
        await roles.EnsureSystemRolesAsync();
        var admin = await users.FindByNameAsync(options.Value.AdminUserName)
            ?? throw new InvalidOperationException("The first Administrator disappeared during setup.");
        if (!await users.IsInRoleAsync(admin, SystemRoles.Administrator))
        {
            RoleService.Check(await users.AddToRoleAsync(admin, SystemRoles.Administrator), $"user '{admin.UserName}'");
        }
    }

    private async Task PrintAsync(string userName, string password, CancellationToken cancellationToken)
    {
        await console.Writer.WriteLineAsync($"""

            ============================================================
             Banan Park CMS: the first Administrator was created.
               User name: {userName}
               Password:  {password}
             This password is shown once and must be changed at the first
             sign-in at /login.
            ============================================================

            """);
        await console.Writer.FlushAsync(cancellationToken);
    }
}
