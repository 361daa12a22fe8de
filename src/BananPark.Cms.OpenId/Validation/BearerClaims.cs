using System.Security.Cryptography;
using System.Text;

namespace BananPark.Cms.OpenId.Validation;

/// <summary>Claims the server puts in its access tokens beside OpenIddict's own (sub, name, role, scope, client_id).</summary>
public static class BearerClaims
{
    /// <summary>
    /// A digest of the user's security stamp when the token was issued (<see cref="StampOf"/>): a password, role or state
    /// change refuses the token.
    /// </summary>
    public const string SecurityStamp = "cms_stamp";

    /// <summary>
    /// What <see cref="SecurityStamp"/> holds for <paramref name="stamp"/>: its SHA-256, never the stamp itself. Access
    /// tokens are signed, not encrypted, so the client reads them; the stamp is the key of Identity's email and phone
    /// codes and must not leave the site.
    /// </summary>
    public static string? StampOf(string? stamp)
        => stamp is null ? null : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("cms-bearer-stamp:" + stamp)));
}
