using System.Security.Claims;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Settings;
using BananPark.Cms.OpenId.Validation;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Server;

/// <summary>The principals the server signs into tokens: a user's (authorization code, refresh) and a client's (client credentials).</summary>
public sealed class TokenPrincipals(UserManager<CmsUser> users, IOpenIddictScopeManager scopes, ServerSettingsStore settings)
{
    /// <summary>The user's principal with their current roles and security stamp, for the scopes granted.</summary>
    public async Task<ClaimsPrincipal> ForUserAsync(CmsUser user, IEnumerable<string> grantedScopes, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(BearerClaims.SecurityStamp, BearerClaims.StampOf(user.SecurityStamp));
        if (!string.IsNullOrEmpty(user.Email))
        {
            identity.SetClaim(Claims.Email, user.Email);
        }

        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        return await FinishAsync(identity, grantedScopes, cancellationToken);
    }

    /// <summary>The application's principal: its client id as subject, marked as a client, with its roles.</summary>
    public async Task<ClaimsPrincipal> ForClientAsync(ClientEntry client, IEnumerable<string> grantedScopes, CancellationToken cancellationToken)
    {
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId)
            .SetClaim(Claims.Name, client.DisplayName)
            .SetClaim(ClientPrincipal.ClaimType, client.ClientId);
        identity.SetClaims(Claims.Role, [.. client.Roles]);
        return await FinishAsync(identity, grantedScopes, cancellationToken);
    }

    private async Task<ClaimsPrincipal> FinishAsync(ClaimsIdentity identity, IEnumerable<string> grantedScopes, CancellationToken cancellationToken)
    {
        var principal = new ClaimsPrincipal(identity);
        var granted = grantedScopes.ToList();
        principal.SetScopes(granted);
        var resources = new List<string>();
        await foreach (var resource in scopes.ListResourcesAsync([.. granted], cancellationToken))
        {
            resources.Add(resource);
        }

        if (granted.Contains(OpenIdServer.ApiScope))
        {
            resources.Add(OpenIdServer.ApiAudience);
        }

        principal.SetResources(resources.Distinct(StringComparer.Ordinal));
        var lifetimes = await settings.GetAsync(cancellationToken);
        principal.SetAccessTokenLifetime(lifetimes.AccessTokenLifetime)
            .SetAuthorizationCodeLifetime(lifetimes.AuthorizationCodeLifetime)
            .SetIdentityTokenLifetime(lifetimes.IdentityTokenLifetime)
            .SetRefreshTokenLifetime(lifetimes.RefreshTokenLifetime);
        principal.SetDestinations(claim => Destinations(claim, principal));
        return principal;
    }

    /// <summary>The stamp and the client marker only in access tokens; the profile in identity tokens only when its scope was granted.</summary>
    private static IEnumerable<string> Destinations(Claim claim, ClaimsPrincipal principal)
    {
        yield return OpenIddictConstants.Destinations.AccessToken;
        var toIdentityToken = claim.Type switch
        {
            Claims.Name or Claims.PreferredUsername => principal.HasScope(Scopes.Profile),
            Claims.Email => principal.HasScope(Scopes.Email),
            Claims.Role => principal.HasScope(Scopes.Roles),
            _ => false,
        };
        if (toIdentityToken)
        {
            yield return OpenIddictConstants.Destinations.IdentityToken;
        }
    }
}
