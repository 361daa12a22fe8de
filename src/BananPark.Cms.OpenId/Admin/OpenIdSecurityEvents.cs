namespace BananPark.Cms.OpenId.Admin;

/// <summary>The security log's kinds for what the OpenID screens change: who may get tokens, with which secret, for how long.</summary>
public static class OpenIdSecurityEvents
{
    public const string ApplicationRegistered = "OpenIdApplicationRegistered";
    public const string ApplicationChanged = "OpenIdApplicationChanged";
    public const string ApplicationSecretReplaced = "OpenIdApplicationSecretReplaced";
    public const string ApplicationDeleted = "OpenIdApplicationDeleted";
    public const string GrantRevoked = "OpenIdGrantRevoked";
    public const string ServerSettingsChanged = "OpenIdServerSettingsChanged";
}
