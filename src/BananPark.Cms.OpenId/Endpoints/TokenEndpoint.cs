using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Server;
using BananPark.Cms.OpenId.Settings;
using BananPark.Cms.OpenId.Validation;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Endpoints;

/// <summary>
/// <c>/connect/token</c> after OpenIddict checked the client, the grant and PKCE: client credentials get the
/// application's principal; a code or refresh token gets the user's principal anew, refused when the account
/// was disabled or its security stamp changed since.
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context, ServerSettingsStore settings, TokenPrincipals principals, UserManager<CmsUser> users,
        ClientDirectory directory, IOpenIddictApplicationManager applications, ITenantContext tenant)
    {
        var request = context.GetOpenIddictServerRequest();
        if (request is null)
        {
            return Results.BadRequest();
        }

        var allowed = await settings.GetAsync(context.RequestAborted);
        if (request.IsClientCredentialsGrantType())
        {
            if (!allowed.AllowClientCredentialsFlow)
            {
                return OpenIdResults.Error(Errors.UnsupportedGrantType, "The client credentials flow is turned off on this site.");
            }

            var clients = await directory.GetAsync(tenant.Tenant.Name, applications, context.RequestAborted);
            if (request.ClientId is null || !clients.TryGetValue(request.ClientId, out var client))
            {
                return OpenIdResults.Error(Errors.InvalidClient, "The client application is unknown.");
            }

            var principal = await principals.ForClientAsync(client, request.GetScopes(), context.RequestAborted);
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            if (request.IsRefreshTokenGrantType() && !allowed.AllowRefreshTokenFlow)
            {
                return OpenIdResults.Error(Errors.UnsupportedGrantType, "The refresh token flow is turned off on this site.");
            }

            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var granted = result.Principal;
            var user = granted?.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
            if (granted is null || user is null || !user.Enabled || BearerClaims.StampOf(user.SecurityStamp) != granted.GetClaim(BearerClaims.SecurityStamp))
            {
                return OpenIdResults.Error(Errors.InvalidGrant, "The account is no longer active, or its password or roles changed.");
            }

            var principal = await principals.ForUserAsync(user, granted.GetScopes(), context.RequestAborted);
            // The same authorization: revoking it revokes every token of the chain.
            principal.SetAuthorizationId(granted.GetAuthorizationId());
            return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return OpenIdResults.Error(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }
}
