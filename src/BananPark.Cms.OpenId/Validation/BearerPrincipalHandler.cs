using System.Security.Claims;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Authorization;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.OpenId.Applications;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Validation;

/// <summary>
/// Turns a validated access token into the principal the permission checks read, exactly like a cookie user's:
/// a user's token gets the user id (<see cref="ClaimTypes.NameIdentifier"/>), name and roles, and is refused when the
/// account was disabled, deleted or its security stamp changed; a client's token gets its application's current
/// roles (<see cref="ClientPrincipal"/>) and is refused when the application is gone.
/// </summary>
internal sealed class BearerPrincipalHandler(
    UserManager<CmsUser> users,
    ClientDirectory directory,
    IOpenIddictApplicationManager applications,
    ITenantContext tenant) : IOpenIddictValidationHandler<OpenIddictValidationEvents.ProcessAuthenticationContext>
{
    public async ValueTask HandleAsync(OpenIddictValidationEvents.ProcessAuthenticationContext context)
    {
        if (context.AccessTokenPrincipal is not { } token)
        {
            return;
        }

        var mapped = token.GetClaim(ClientPrincipal.ClaimType) is { } clientId
            ? await ForClientAsync(token, clientId, context.CancellationToken)
            : await ForUserAsync(token);
        if (mapped is null)
        {
            context.Reject(error: Errors.InvalidToken, description: "The token's account or application is no longer active.");
            return;
        }

        context.AccessTokenPrincipal = mapped;
    }

    private async Task<ClaimsPrincipal?> ForUserAsync(ClaimsPrincipal token)
    {
        var user = token.GetClaim(Claims.Subject) is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null || !user.Enabled || BearerClaims.StampOf(user.SecurityStamp) != token.GetClaim(BearerClaims.SecurityStamp))
        {
            return null;
        }

        var identity = Copy(token);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName ?? user.Id));
        identity.AddClaims(token.GetClaims(Claims.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(identity);
    }

    private async Task<ClaimsPrincipal?> ForClientAsync(ClaimsPrincipal token, string clientId, CancellationToken cancellationToken)
    {
        var clients = await directory.GetAsync(tenant.Tenant.Name, applications, cancellationToken);
        if (!clients.TryGetValue(clientId, out var client))
        {
            return null;
        }

        var identity = Copy(token);
        identity.AddClaim(new Claim(ClaimTypes.Name, $"client:{client.ClientId}"));
        identity.AddClaims(client.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The token's own claims (scope, client_id, the token and authorization ids) without its role claims, which are mapped anew.</summary>
    private static ClaimsIdentity Copy(ClaimsPrincipal token)
        => new(token.Claims.Where(c => c.Type != Claims.Role).Select(c => new Claim(c.Type, c.Value, c.ValueType, c.Issuer)),
            token.Identity?.AuthenticationType ?? "Bearer", ClaimTypes.Name, ClaimTypes.Role);
}
