using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// The names and flags of the site's two cookies, the session and the antiforgery token. Under HTTPS
/// (<see cref="CmsIdentityOptions.SecureCookies"/>, a setting so the names stay the same for a deployment
/// whatever a request says) they are <c>__Host-</c> prefixed and always Secure, with Path=/ and no Domain,
/// so no sub-domain or plain-HTTP page can set or overwrite them; otherwise Secure follows the request.
/// </summary>
public static class SiteCookies
{
    public const string SessionName = "BananPark.Session";
    public const string AntiforgeryName = "BananPark.Antiforgery";
    public const string HostPrefix = "__Host-";

    public static IServiceCollection AddCmsSiteCookies(this IServiceCollection services)
    {
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<CmsIdentityOptions>>((options, identity) => Apply(options.Cookie, SessionName, identity.Value.SecureCookies));
        services.AddOptions<AntiforgeryOptions>()
            .Configure<IOptions<CmsIdentityOptions>>((options, identity) =>
            {
                Apply(options.Cookie, AntiforgeryName, identity.Value.SecureCookies);
                options.Cookie.SameSite = SameSiteMode.Strict;
            });
        return services;
    }

    private static void Apply(CookieBuilder cookie, string name, bool secure)
    {
        cookie.Name = secure ? HostPrefix + name : name;
        cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}
