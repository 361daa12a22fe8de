using System.Security.Claims;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Identity.Tests;

/// <summary>A tenant set up from the Banan recipe (types and the system roles), with helpers for users and roles.</summary>
public abstract class IdentityTenant : IAsyncLifetime
{
    protected TestTenant Tenant { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Tenant = await TestTenant.CreateAsync();
        await Tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
    }

    public async ValueTask DisposeAsync()
    {
        await Tenant.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    protected Task<CmsUser> UserAsync(string name, params string[] roles) => Tenant.RunScopeAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = name, CreatedUtc = DateTime.UtcNow };
        RoleService.Check(await users.CreateAsync(user, "a long enough password"), name);
        foreach (var role in roles)
        {
            RoleService.Check(await users.AddToRoleAsync(user, role), name);
        }

        return user;
    });

    protected Task RoleAsync(string name, params string[] permissions) => Tenant.RunScopeAsync(async services =>
    {
        var roles = services.GetRequiredService<RoleService>();
        await roles.SetPermissionsAsync(await roles.EnsureAsync(name), permissions);
        return true;
    });

    protected static ClaimsPrincipal Principal(CmsUser user, params string[] roles)
        => new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, user.UserName!), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "Test"));
}
