namespace BananPark.Cms.OpenId;

/// <summary>Settings of the OpenID Connect server, bound from <c>Cms:OpenId</c>.</summary>
public sealed class OpenIdOptions
{
    /// <summary>Refuse the <c>/connect</c> endpoints over plain HTTP (behind a proxy: its forwarded scheme). Off only for local runs and tests.</summary>
    public bool RequireHttps { get; set; } = true;
}
