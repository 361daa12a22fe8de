namespace BananPark.Cms.OpenId.Validation;

/// <summary>Claims the server puts in its access tokens beside OpenIddict's own (sub, name, role, scope, client_id).</summary>
public static class BearerClaims
{
    /// <summary>The user's security stamp when the token was issued: a password, role or state change refuses the token.</summary>
    public const string SecurityStamp = "cms_stamp";
}
