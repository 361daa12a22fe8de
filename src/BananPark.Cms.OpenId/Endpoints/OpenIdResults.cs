using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using OpenIddict.Server.AspNetCore;

namespace BananPark.Cms.OpenId.Endpoints;

/// <summary>An OpenID error answered by OpenIddict in the protocol's shape (JSON at the token endpoint, a redirect to the client at authorize).</summary>
internal static class OpenIdResults
{
    public static IResult Error(string error, string description)
        => Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
