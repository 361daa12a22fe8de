using System.Security.Claims;

namespace BananPark.Cms.Identity.Authorization;

/// <summary>
/// A principal that is an application (an OpenID client-credentials token), not a user: it carries the
/// <see cref="ClaimType"/> claim with its client id, its application's roles, and no user id. It holds what its
/// roles grant and what Anonymous grants (a token never gives less than no token), and nothing of Authenticated's,
/// which is for signed-in people.
/// </summary>
public static class ClientPrincipal
{
    /// <summary>The claim whose value is the client id of a principal that is an application.</summary>
    public const string ClaimType = "cms_client";

    /// <summary>The client id when <paramref name="principal"/> is an application, else null.</summary>
    public static string? ClientIdOf(ClaimsPrincipal principal) => principal.FindFirst(ClaimType)?.Value;
}
