namespace BananPark.Cms.OpenId.Server;

/// <summary>Where the server's endpoints are.</summary>
public static class OpenIdPaths
{
    public const string Authorize = "connect/authorize";
    public const string Token = "connect/token";
    public const string Logout = "connect/logout";
    public const string UserInfo = "connect/userinfo";
    public const string Introspect = "connect/introspect";
    public const string Revoke = "connect/revoke";

    /// <summary>The consent screen (a Razor component) the authorization endpoint sends a user to.</summary>
    public const string Consent = "/connect/consent";
}
