using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>
/// The assembled site on a data folder of its own, over plain HTTP (the test server), with a known Administrator
/// password; helpers to register applications and users, and to authenticate a bearer token as the API would.
/// </summary>
public class OpenIdSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "correct horse battery staple";

    private readonly List<Action<IServiceCollection>> _services = [];

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "banan-openid-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Adds services after the site's own.</summary>
    public OpenIdSite WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public ValueTask InitializeAsync()
    {
        CreateClient().Dispose();
        return ValueTask.CompletedTask;
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(RepositoryPaths.Root);
        builder.UseSetting("Cms:DataPath", DataPath);
        builder.UseSetting("Cms:Setup:AdminPassword", AdminPassword);
        builder.UseSetting("Cms:Identity:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Cms:OpenId:RequireHttps", "false");
        foreach (var configure in _services)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        host.Services.GetRequiredService<ReadyTenants>().WhenSetUp.WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();
        return host;
    }

    /// <summary>Registers an application; returns the secret shown once (null for a public one).</summary>
    public async Task<string?> RegisterAsync(ApplicationInput input)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ApplicationService>().CreateAsync(input);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.Key}: {p.Value}")));
        return result.Secret;
    }

    /// <summary>A user with a role that grants exactly <paramref name="permissions"/> (created when missing).</summary>
    public async Task<CmsUser> CreateUserAsync(string userName, string password, string role, params string[] permissions)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = new CmsUser { UserName = userName, CreatedUtc = DateTime.UtcNow };
        RoleService.Check(await users.CreateAsync(user, password), userName);
        await EnsureRoleAsync(role, permissions);
        RoleService.Check(await users.AddToRoleAsync(user, role), userName);
        return user;
    }

    public async Task EnsureRoleAsync(string role, params string[] permissions)
    {
        await using var scope = Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleService>();
        var created = await roles.EnsureAsync(role);
        if (!SystemRoles.All.Contains(role))
        {
            await roles.SetPermissionsAsync(created, permissions);
        }
    }

    /// <summary>
    /// What the site's <c>Bearer</c> scheme makes of <paramref name="accessToken"/>, in a request scope of the Default
    /// tenant: the principal, or null when refused; and whether it holds <paramref name="permission"/>.
    /// </summary>
    public async Task<(ClaimsPrincipal? Principal, bool HasPermission)> AuthenticateBearerAsync(string accessToken, string permission = "ManageUsers")
    {
        await using var scope = Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost");
        context.Request.Path = "/api/content";
        context.Request.Headers.Authorization = "Bearer " + accessToken;
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = context;
        try
        {
            // As the authentication middleware does first on every request: the handler sets up its transaction.
            var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
            if (await handlers.GetHandlerAsync(context, CmsAuthenticationSchemes.Bearer) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
            {
                return (null, false);
            }

            var result = await context.AuthenticateAsync(CmsAuthenticationSchemes.Bearer);
            if (!result.Succeeded)
            {
                return (null, false);
            }

            var permissions = scope.ServiceProvider.GetRequiredService<IPermissionService>();
            return (result.Principal, await permissions.HasPermissionAsync(result.Principal!, permission));
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
