namespace BananPark.Cms.Core.Security;

/// <summary>The names of the site's authentication schemes, for endpoints that accept more than the admin's cookie.</summary>
public static class CmsAuthenticationSchemes
{
    /// <summary>The session cookie of the site's own sign-in (ASP.NET Core Identity's application cookie).</summary>
    public const string Cookie = "Identity.Application";

    /// <summary>Bearer access tokens issued by the site's OpenID Connect server (OpenIddict's validation handler).</summary>
    public const string Bearer = "OpenIddict.Validation.AspNetCore";
}
