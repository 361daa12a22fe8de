using System.Net;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.ScopeDefinitions;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>The scopes screens through the assembled site: permission, create and edit, built-in names, deletion of a scope in use.</summary>
public sealed class ScopeAdminTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    private const string Password = "a long enough password 42";

    private Task<HttpClient> AdminAsync() => AdminForms.SignedInAsync(site, "admin", OpenIdSite.AdminPassword);

    private async Task<ScopeInput?> StoredAsync(string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ScopeService>().FindAsync(name, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Screens_WithoutManageScopes_AreForbidden()
    {
        await site.CreateUserAsync("apps-holder", Password, "AppsHolder", "ManageApplications");
        using var http = await AdminForms.SignedInAsync(site, "apps-holder", Password);

        foreach (var path in new[] { "/admin/openid/scopes", "/admin/openid/scopes/new", "/admin/openid/scope/crm" })
        {
            using var response = await http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Create_ThenEdit_StoresTheTextsAndAudiences()
    {
        using var http = await AdminAsync();

        var created = await AdminForms.PostAsync(http, "/admin/openid/scopes/new", "scope",
            [("Name", "crm.read"), ("DisplayName", "Read the CRM"), ("Description", "Lets the app read contacts."), ("Resources", "crm-api\nreports")]);
        var edited = await AdminForms.PostAsync(http, "/admin/openid/scope/crm.read", "scope",
            [("Name", "renamed"), ("DisplayName", "Read CRM contacts"), ("Description", ""), ("Resources", "crm-api")]);

        Assert.Contains("Saved.", created.Html, StringComparison.Ordinal);
        Assert.Contains("Saved.", edited.Html, StringComparison.Ordinal);
        var stored = await StoredAsync("crm.read");
        Assert.Equal("Read CRM contacts", stored!.DisplayName);
        Assert.Equal("", stored.Description);
        Assert.Equal(["crm-api"], stored.Resources);
        Assert.Null(await StoredAsync("renamed"));
        var list = await http.GetStringAsync(new Uri("/admin/openid/scopes", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("crm.read", list, StringComparison.Ordinal);
        Assert.Contains("cms-api", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api", "built-in")]
    [InlineData("openid", "built-in")]
    [InlineData("has space", "letters, digits")]
    [InlineData("", "letters, digits")]
    public async Task Create_WithABuiltInOrMalformedName_IsRefusedAndKeepsTheTexts(string name, string problem)
    {
        using var http = await AdminAsync();

        var (_, html, _) = await AdminForms.PostAsync(http, "/admin/openid/scopes/new", "scope", [("Name", name), ("DisplayName", "Typed name"), ("Resources", "x")]);

        Assert.Contains(problem, AdminForms.Problem(html, "Name"), StringComparison.Ordinal);
        Assert.Contains("value=\"Typed name\"", html, StringComparison.Ordinal);
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_WhenAnApplicationMayAskForIt_IsRefused_ThenDeletesOnceItIsFree()
    {
        using var http = await AdminAsync();
        await AdminForms.PostAsync(http, "/admin/openid/scopes/new", "scope", [("Name", "orders"), ("DisplayName", "Orders")]);
        await site.RegisterAsync(new ApplicationInput
        {
            ClientId = "orders-app",
            DisplayName = "Orders app",
            AllowClientCredentialsFlow = true,
            Scopes = ["orders"],
        });

        var refused = await AdminForms.PostAsync(http, "/admin/openid/scope/orders", "delete-scope", [("confirm", "yes")]);
        Assert.Contains("orders-app", refused.Html, StringComparison.Ordinal);
        Assert.NotNull(await StoredAsync("orders"));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ApplicationService>().DeleteAsync("orders-app", TestContext.Current.CancellationToken));
        }

        var deleted = await AdminForms.PostAsync(http, "/admin/openid/scope/orders", "delete-scope", [("confirm", "yes")]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Null(await StoredAsync("orders"));
    }
}
