using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Endpoints;

/// <summary><c>/connect/logout</c> (end session) and <c>/connect/userinfo</c>, after OpenIddict checked their requests.</summary>
internal static class SessionEndpoints
{
    /// <summary>
    /// Ends the site's session, then sends the browser to the application's registered post-logout URI. A GET only
    /// signs out when the application proved who it is with an identity token it was issued (<c>id_token_hint</c>),
    /// so a link or an image cannot sign anyone out; otherwise the site's own sign-out form is the way.
    /// </summary>
    public static async Task<IResult> LogoutAsync(HttpContext context, CmsSignInManager signIn, SecurityLog log, IAntiforgery antiforgery)
    {
        var request = context.GetOpenIddictServerRequest();
        if (request is null)
        {
            return Results.BadRequest();
        }

        var trusted = HttpMethods.IsPost(context.Request.Method) ? await FormPosts.IsTrustedAsync(context, antiforgery) : request.IdTokenHint is not null;
        if (!trusted)
        {
            return Results.Redirect("/login");
        }

        var name = context.User.Identity?.Name;
        await signIn.SignOutAsync();
        if (name is not null)
        {
            await log.WriteAsync(SecurityEventKinds.SignedOut, name);
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    /// <summary>The signed-in user's claims the access token's scopes allow.</summary>
    public static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<CmsUser> users)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var principal = result.Principal;
        var user = principal?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
        if (principal is null || user is null || !user.Enabled)
        {
            return Results.Challenge(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidToken,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The token's account is no longer active.",
            }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object>(StringComparer.Ordinal) { [Claims.Subject] = user.Id };
        if (principal.HasScope(Scopes.Profile))
        {
            claims[Claims.Name] = user.DisplayName ?? user.UserName ?? user.Id;
            claims[Claims.PreferredUsername] = user.UserName ?? user.Id;
        }

        if (principal.HasScope(Scopes.Email) && !string.IsNullOrEmpty(user.Email))
        {
            claims[Claims.Email] = user.Email;
            claims[Claims.EmailVerified] = user.EmailConfirmed;
        }

        if (principal.HasScope(Scopes.Roles))
        {
            claims[Claims.Role] = await users.GetRolesAsync(user);
        }

        return Results.Ok(claims);
    }
}
