using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Components.Admin;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Recipes;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Identity.Services.Sessions;
using BananPark.Cms.Identity.Setup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Cookie name of the signed-in session (under HTTPS with the <c>__Host-</c> prefix: <see cref="SiteCookies"/>).</summary>
    public const string CookieName = SiteCookies.SessionName;

    /// <summary>Accounts and roles (ASP.NET Core Identity over the tenant's database), permissions, the Roles step, the first Administrator.</summary>
    public static IServiceCollection AddCmsIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IdentitySetupOptions>().Bind(configuration.GetSection("Cms:Setup"));
        services.AddHttpContextAccessor();
        // Keys live with the site's data, not in the account's home folder that every site on the machine shares.
        services.AddDataProtection().SetApplicationName("BananPark.Cms");
        services.AddOptions<KeyManagementOptions>().Configure<TenantDataPaths, ILoggerFactory>((options, paths, loggers)
            => options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.Root, "DataProtection-Keys")), loggers));
        services.AddDbContext<CmsIdentityDbContext>((sp, options) => sp.GetRequiredService<TenantStore>().Use(
            options, sp.GetRequiredService<ITenantContext>().Tenant,
            sp.GetRequiredService<CmsDbContext>().Database.GetDbConnection(), CmsIdentityDbContext.MigrationsTable));
        // Account writes join the unit of work's transactions: setup's first Administrator, a recipe's roles.
        services.AddCmsStoreEnlistment<CmsIdentityDbContext>();
        services.AddIdentity<CmsUser, CmsRole>(options =>
            {
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                // Identity's lockout now counts only wrong second factors; wrong passwords slow down (SignInThrottle).
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<CmsIdentityDbContext>()
            .AddSignInManager<CmsSignInManager>()
            .AddPasswordValidator<PasswordRules>()
            .AddClaimsPrincipalFactory<AccountClaims>()
            .AddDefaultTokenProviders();
        services.AddOptions<CmsIdentityOptions>().Bind(configuration.GetSection("Cms:Identity"));
        services.AddCmsSiteCookies();
        services.AddCmsSignInRateLimit(configuration.GetSection("Cms:Identity").Get<CmsIdentityOptions>()?.SignInAttemptsPerMinute ?? new CmsIdentityOptions().SignInAttemptsPerMinute);

        // Every request re-checks the security stamp: a password change, a role change or disabling
        // a user ends that user's other sessions at once. One indexed read per signed-in request.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
        // Each sign-in is a session row; sign-out and "sign out everywhere" delete it (Services/Sessions).
        services.AddCmsSessions();
        services.ConfigureApplicationCookie(options =>
        {
            // Name and Secure: SiteCookies.
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/login";
            options.LogoutPath = "/logout";
            options.Events.OnRedirectToAccessDenied = async context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync(AccessDeniedPage.Html, context.HttpContext.RequestAborted);
                }
            };
            // The sign-in page sends the user on itself, through ReturnUrls.Safe; the handler would copy the raw
            // ReturnUrl into the Location header (a 500 for non-ASCII).
            options.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
            options.Events.OnRedirectToLogin = context =>
            {
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                else
                {
                    context.Response.Redirect(context.RedirectUri);
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<RolePermissionsCache>();
        services.AddScoped<PermissionCatalog>();
        services.AddSingleton<IPermissionProvider, CorePermissionProvider>();
        services.AddScoped<PermissionChecker>();
        services.AddScoped<IPermissionService>(sp => sp.GetRequiredService<PermissionChecker>());
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpContextActor>();
        services.AddScoped<JobActor>();
        services.AddScoped<IJobScopeInitializer>(sp => sp.GetRequiredService<JobActor>());
        services.AddScoped<RoleService>();
        services.AddScoped<SecurityLog>();
        services.AddScoped<SignInService>();
        services.AddScoped<Reauthentication>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<GrantGuard>();
        services.AddSingleton<TwoFactorPolicy>();
        services.AddScoped<UserAdminService>();
        services.AddScoped<RoleAdminService>();
        services.AddSingleton<IAdminMenuContributor, IdentityMenu>();
        services.AddSingleton<SetupConsole>();
        services.AddScoped<ITenantInitializer, IdentityInitializer>();
        services.AddScoped<ISetupParticipant, IdentitySetupParticipant>();
        services.AddScoped<RolesStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<RolesStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<RolesStep>());
        return services;
    }
}
