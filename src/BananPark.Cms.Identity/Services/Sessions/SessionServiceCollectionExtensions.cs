using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services.Sessions;

/// <summary>Server-side sessions: the store, the check on every request of the cookie, the cookie's sliding lifetime.</summary>
public static class SessionServiceCollectionExtensions
{
    public static IServiceCollection AddCmsSessions(this IServiceCollection services)
    {
        services.AddScoped<SessionStore>();
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = SessionValidator.KeepSessionClaimAsync);
        // After every other configuration of the cookie, so the check always runs first and the lifetime has one home.
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .PostConfigure<IOptions<CmsIdentityOptions>>((cookie, cms) =>
            {
                cookie.ExpireTimeSpan = cms.Value.SessionIdleTimeout;
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = SessionValidator.Before(cookie.Events.OnValidatePrincipal);
            });
        return services;
    }
}
