namespace BananPark.Cms.OpenId.Admin;

/// <summary>The addresses of the OpenID Connect admin screens.</summary>
public static class OpenIdAdminUrls
{
    public const string Applications = "/admin/openid/applications";

    public const string NewApplication = "/admin/openid/applications/new";

    public const string Scopes = "/admin/openid/scopes";

    public const string NewScope = "/admin/openid/scopes/new";

    public const string ServerSettings = "/admin/openid/settings";

    public static string Application(string clientId) => "/admin/openid/application/" + Uri.EscapeDataString(clientId);

    public static string Scope(string name) => "/admin/openid/scope/" + Uri.EscapeDataString(name);
}
