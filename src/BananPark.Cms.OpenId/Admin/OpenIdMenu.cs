using BananPark.Cms.Core.Security;

namespace BananPark.Cms.OpenId.Admin;

/// <summary>The OpenID Connect entries of the admin navigation: applications, scopes, server settings.</summary>
internal sealed class OpenIdMenu : IAdminMenuContributor
{
    public IEnumerable<AdminMenuItem> Items { get; } =
    [
        new("OpenID applications", OpenIdAdminUrls.Applications, OpenIdPermissions.ManageApplications, 86),
        new("OpenID scopes", OpenIdAdminUrls.Scopes, OpenIdPermissions.ManageScopes, 87),
        new("OpenID server", OpenIdAdminUrls.ServerSettings, OpenIdPermissions.ManageServerSettings, 88),
    ];
}
