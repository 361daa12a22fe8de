using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>A site with a known Administrator password, plus helpers to make users and roles directly.</summary>
public class AdminSite : IAsyncLifetime
{
    public AdminSite()
        : this(_ => { })
    {
    }

    /// <summary>A site whose host also gets the services <paramref name="configure"/> adds.</summary>
    protected AdminSite(Action<IServiceCollection> configure)
        => Factory = new CmsSiteFactory()
            .With("Cms:Setup:AdminPassword", Forms.AdminPassword)
            .With("Cms:Identity:SignInAttemptsPerMinute", "10000")
            .WithServices(configure);

    public CmsSiteFactory Factory { get; }

    public ValueTask InitializeAsync()
    {
        Factory.CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }

    public virtual HttpClient NewClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A user with the given roles; a role that does not exist is created with exactly <paramref name="permissions"/>.</summary>
    public async Task<CmsUser> CreateUserAsync(string userName, string password, string? role = null, params string[] permissions)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = userName, CreatedUtc = DateTime.UtcNow };
        RoleService.Check(await users.CreateAsync(user, password), userName);
        if (role is not null)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleService>();
            var created = await roles.EnsureAsync(role);
            if (!SystemRoles.All.Contains(role))
            {
                await roles.SetPermissionsAsync(created, permissions);
            }

            RoleService.Check(await users.AddToRoleAsync(user, role), userName);
        }

        return user;
    }

    /// <summary>Runs an admin action as the first Administrator.</summary>
    public async Task<T> AsAdministratorAsync<T>(Func<IServiceProvider, ClaimsPrincipal, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>().FindByNameAsync("admin");
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, admin!.Id), new Claim(ClaimTypes.Name, "admin"), new Claim(ClaimTypes.Role, SystemRoles.Administrator)], "Test"));
        return await action(scope.ServiceProvider, principal);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Factory.DeleteData();
        GC.SuppressFinalize(this);
    }
}
