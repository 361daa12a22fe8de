using System.Security.Claims;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests;

/// <summary>
/// A bUnit context over a tenant of its own: the components get the real services (identity,
/// content, the admin menu) from one scope that lives as long as the test, as in one request.
/// </summary>
public abstract class TenantComponentTest : ComponentTest, IAsyncLifetime
{
    public const string Password = "a long test password for banan";

    private TestTenant? _tenant;
    private AsyncServiceScope? _scope;

    protected TestTenant Tenant => _tenant ?? throw new InvalidOperationException("The tenant is created in InitializeAsync.");

    /// <summary>The scope the rendered components resolve their services from.</summary>
    protected IServiceProvider Scope => _scope?.ServiceProvider ?? throw new InvalidOperationException("The scope is created in InitializeAsync.");

    /// <summary>Whether the tenant gets the Banan Park recipe (content types, content, roles) or only the system roles.</summary>
    protected virtual bool ImportsBananRecipe => false;

    /// <summary>Lets a test class change the tenant's services (e.g. options) before anything is resolved.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async ValueTask InitializeAsync()
    {
        _tenant = await TestTenant.CreateAsync(services =>
        {
            services.AddCmsAdmin();
            ConfigureServices(services);
        });
        if (ImportsBananRecipe)
        {
            await Tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
        }
        else
        {
            await Tenant.RunAsync<RoleService>(roles => roles.EnsureSystemRolesAsync());
        }

        _scope = Tenant.CreateScope();
        Services.AddFallbackServiceProvider(Scope);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        if (_scope is { } scope)
        {
            await scope.DisposeAsync();
        }

        if (_tenant is not null)
        {
            await _tenant.DisposeAsync();
        }
    }

    /// <summary>Renders <typeparamref name="TComponent"/> in a request signed in as <paramref name="user"/>.</summary>
    protected IRenderedComponent<TComponent> RenderAs<TComponent>(ClaimsPrincipal user, Action<ComponentParameterCollectionBuilder<TComponent>>? parameters = null)
        where TComponent : IComponent
        => Render<TComponent>(builder =>
        {
            builder.AddCascadingValue<HttpContext>(new DefaultHttpContext { User = user, RequestServices = Scope });
            parameters?.Invoke(builder);
        });

    /// <summary>Points the fake browser at <paramref name="relativeUrl"/>, so [SupplyParameterFromQuery] parameters get its query.</summary>
    protected void NavigateTo(string relativeUrl) => Services.GetRequiredService<NavigationManager>().NavigateTo(relativeUrl);

    /// <summary>A user holding <paramref name="role"/>; a role that does not exist yet is created with exactly <paramref name="permissions"/>.</summary>
    protected Task<CmsUser> CreateUserAsync(string userName, string? role = null, params Permission[] permissions)
        => Tenant.RunScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<CmsUser>>();
            var user = new CmsUser { UserName = userName, DisplayName = userName + " display", Email = userName + "@example.com", CreatedUtc = DateTime.UtcNow };
            RoleService.Check(await users.CreateAsync(user, Password), userName);
            if (role is not null)
            {
                var roles = services.GetRequiredService<RoleService>();
                var existing = await services.GetRequiredService<RoleManager<CmsRole>>().RoleExistsAsync(role);
                var created = await roles.EnsureAsync(role);
                if (!existing)
                {
                    await roles.SetPermissionsAsync(created, permissions.Select(p => p.Name));
                }

                RoleService.Check(await users.AddToRoleAsync(user, role), userName);
            }

            return user;
        });

    /// <summary>The session of a signed-in user, with the claims the cookie carries.</summary>
    protected static ClaimsPrincipal SignedIn(CmsUser user, params string[] roles)
        => SignedIn(user.Id, user.UserName!, roles);

    protected static ClaimsPrincipal SignedIn(string id, string userName, params string[] roles)
        => new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, userName), .. roles.Select(r => new Claim(ClaimTypes.Role, r))],
            "Test"));

    /// <summary>An Administrator (holds every permission), whether or not such a user is stored.</summary>
    protected static ClaimsPrincipal Administrator { get; } = SignedIn("admin-id", "admin", SystemRoles.Administrator);
}
