namespace BananPark.Cms.OpenId.Applications;

/// <summary>An application as the admin screen and the <c>OpenIdApplication</c> step give it (Orchard's names).</summary>
public sealed class ApplicationInput
{
    public const string Confidential = "confidential";
    public const string Public = "public";

    public string ClientId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary><see cref="Confidential"/> (a server that keeps a secret) or <see cref="Public"/> (a browser or mobile app).</summary>
    public string Type { get; set; } = Confidential;

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];

    public bool AllowAuthorizationCodeFlow { get; set; }

    public bool AllowClientCredentialsFlow { get; set; }

    public bool AllowRefreshTokenFlow { get; set; }

    /// <summary>Scopes the application may ask for (besides <c>openid</c>).</summary>
    public List<string> Scopes { get; set; } = [];

    /// <summary>Roles its client-credentials tokens act with.</summary>
    public List<string> Roles { get; set; } = [];

    /// <summary>Browser origins (scheme://host[:port]) the content API allows for it.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    /// <summary>True: the user is asked for consent (always, for public clients); false: a user of the site's own app is not asked.</summary>
    public bool RequireConsent { get; set; } = true;
}
