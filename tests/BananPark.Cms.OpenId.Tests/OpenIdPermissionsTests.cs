using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>AddCmsOpenId registers the three permissions with Orchard's names and the admin entries that need them.</summary>
public sealed class OpenIdPermissionsTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    [Fact]
    public async Task AddCmsOpenId_RegistersThePermissionsAndMenuEntries()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var catalog = scope.ServiceProvider.GetRequiredService<PermissionCatalog>();
        var menu = scope.ServiceProvider.GetServices<IAdminMenuContributor>().SelectMany(c => c.Items).ToList();

        var openId = catalog.Global.Where(p => p.Category == "OpenID Connect").Select(p => p.Name).ToList();

        Assert.Equal(["ManageApplications", "ManageScopes", "ManageServerSettings"], openId);
        Assert.Contains(menu, i => i.Url == "/admin/openid/applications" && i.Permission == OpenIdPermissions.ManageApplications);
        Assert.Contains(menu, i => i.Url == "/admin/openid/scopes" && i.Permission == OpenIdPermissions.ManageScopes);
        Assert.Contains(menu, i => i.Url == "/admin/openid/settings" && i.Permission == OpenIdPermissions.ManageServerSettings);
    }
}
