using System.Net;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.OpenId.Admin;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>The applications screens through the assembled site: who may use them, the secret shown once, the rules of ApplicationRules, deletion.</summary>
public sealed class ApplicationAdminTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    private const string Password = "a long enough password 42";
    private const string New = "/admin/openid/applications/new";

    private static (string, string)[] Machine(string clientId, string displayName = "CRM") =>
    [
        ("ClientId", clientId), ("DisplayName", displayName), ("Type", "confidential"),
        ("AllowClientCredentialsFlow", "true"), ("Scopes", "api"),
    ];

    private Task<HttpClient> AdminAsync() => AdminForms.SignedInAsync(site, "admin", OpenIdSite.AdminPassword);

    private async Task<ApplicationInput?> StoredAsync(string clientId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationService>().FindAsync(clientId, TestContext.Current.CancellationToken);
    }

    private async Task<List<string?>> LoggedAsync(string kind, string clientId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsIdentityDbContext>().SecurityEvents
            .Where(e => e.Kind == kind && e.Subject == clientId).Select(e => e.Actor).ToListAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("/admin/openid/applications")]
    [InlineData(New)]
    [InlineData("/admin/openid/application/anything")]
    public async Task Screen_WithoutManageApplications_IsForbidden(string path)
    {
        var name = "scopes-only-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, "ScopesOnly" + name, "ManageScopes");
        using var http = await AdminForms.SignedInAsync(site, name, Password);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_WithoutManageApplications_IsForbiddenAndStoresNothing()
    {
        await site.CreateUserAsync("no-apps", Password, "NoApps", "ManageScopes");
        using var http = await AdminForms.SignedInAsync(site, "no-apps", Password);

        var (status, _, _) = await AdminForms.PostAsync(http, New, "application", Machine("sneaky"), withToken: false);

        Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{(int)status}");
        Assert.Null(await StoredAsync("sneaky"));
    }

    [Fact]
    public async Task Create_WhenConfidential_ShowsAWorkingSecretOnceAndStoresItHashed()
    {
        using var http = await AdminAsync();

        var (status, html, response) = await AdminForms.PostAsync(http, New, "application", Machine("crm-admin"));

        Assert.Equal(HttpStatusCode.OK, status);
        var secret = AdminForms.SecretShown(html);
        Assert.NotNull(secret);
        Assert.True(secret.Length >= 40, secret);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var edit = await http.GetStringAsync(new Uri("/admin/openid/application/crm-admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Null(AdminForms.SecretShown(edit));
        Assert.DoesNotContain(secret, edit, StringComparison.Ordinal);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<OpenIdDbContext>().Set<OpenIddictEntityFrameworkCoreApplication>()
                .SingleAsync(a => a.ClientId == "crm-admin", TestContext.Current.CancellationToken);
            Assert.False(string.IsNullOrEmpty(stored.ClientSecret));
            Assert.DoesNotContain(secret, stored.ClientSecret!, StringComparison.Ordinal);
        }

        using var tokens = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await OAuthClient.ClientCredentialsAsync(tokens, "crm-admin", secret)).Status);
        Assert.Equal(["admin"], await LoggedAsync(OpenIdSecurityEvents.ApplicationRegistered, "crm-admin"));
    }

    [Fact]
    public async Task NewSecret_ShowsANewOneOnceAndTheOldOneStopsWorking()
    {
        using var http = await AdminAsync();
        var old = AdminForms.SecretShown((await AdminForms.PostAsync(http, New, "application", Machine("crm-rotate"))).Html)!;

        var (_, html, _) = await AdminForms.PostAsync(http, "/admin/openid/application/crm-rotate", "new-secret", []);

        var fresh = AdminForms.SecretShown(html);
        Assert.NotNull(fresh);
        Assert.NotEqual(old, fresh);
        using var tokens = site.NewClient();
        Assert.Equal("invalid_client", (await OAuthClient.ClientCredentialsAsync(tokens, "crm-rotate", old)).Error);
        Assert.Equal(HttpStatusCode.OK, (await OAuthClient.ClientCredentialsAsync(tokens, "crm-rotate", fresh)).Status);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://partner.example/callback#frag")]
    [InlineData("http://partner.example/callback")]
    [InlineData("/relative/callback")]
    public async Task Create_WithABadRedirectUri_IsRefusedKeepsWhatWasTypedAndStoresNothing(string redirectUri)
    {
        using var http = await AdminAsync();
        var clientId = "spa-bad-" + Math.Abs(redirectUri.GetHashCode(StringComparison.Ordinal));

        var (status, html, _) = await AdminForms.PostAsync(http, New, "application",
        [
            ("ClientId", clientId), ("DisplayName", "Typed <name>"), ("Type", "public"), ("AllowAuthorizationCodeFlow", "true"),
            ("RedirectUris", "https://partner.example/ok\n" + redirectUri), ("Scopes", "api"),
        ]);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains("is not allowed", AdminForms.Problem(html, "RedirectUris"), StringComparison.Ordinal);
        Assert.Contains("value=\"Typed &lt;name&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("https://partner.example/ok", html, StringComparison.Ordinal);
        Assert.Null(AdminForms.SecretShown(html));
        Assert.Null(await StoredAsync(clientId));
    }

    [Fact]
    public async Task Create_WithARoleTheEditorDoesNotHold_IsRefused()
    {
        await site.CreateUserAsync("apps-only", Password, "AppsOnly", "ManageApplications");
        using var http = await AdminForms.SignedInAsync(site, "apps-only", Password);

        var (_, html, _) = await AdminForms.PostAsync(http, New, "application", [.. Machine("crm-escalate"), ("Roles", "Administrator")]);

        Assert.Contains("Administrator", AdminForms.Problem(html, "Roles"), StringComparison.Ordinal);
        Assert.Null(await StoredAsync("crm-escalate"));
    }

    [Fact]
    public async Task Edit_ChangesTheFieldsAndKeepsTheSecret()
    {
        using var http = await AdminAsync();
        var secret = AdminForms.SecretShown((await AdminForms.PostAsync(http, New, "application", Machine("crm-edit"))).Html)!;

        var (_, html, _) = await AdminForms.PostAsync(http, "/admin/openid/application/crm-edit", "application",
        [
            ("ClientId", "ignored-new-id"), ("DisplayName", "CRM renamed"), ("Type", "confidential"), ("AllowClientCredentialsFlow", "true"),
            ("Scopes", "api"), ("Roles", "Editor"), ("CorsOrigins", "https://crm.example"),
        ]);

        Assert.Contains("Saved.", html, StringComparison.Ordinal);
        var stored = await StoredAsync("crm-edit");
        Assert.Equal("CRM renamed", stored!.DisplayName);
        Assert.Equal(["Editor"], stored.Roles);
        Assert.Equal(["https://crm.example"], stored.CorsOrigins);
        Assert.Null(await StoredAsync("ignored-new-id"));
        using var tokens = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await OAuthClient.ClientCredentialsAsync(tokens, "crm-edit", secret)).Status);
    }

    [Fact]
    public async Task Delete_RemovesTheApplicationAndItsTokensStopWorking()
    {
        using var http = await AdminAsync();
        var secret = AdminForms.SecretShown((await AdminForms.PostAsync(http, New, "application", Machine("crm-gone"))).Html)!;
        using var tokens = site.NewClient();
        var token = (await OAuthClient.ClientCredentialsAsync(tokens, "crm-gone", secret)).AccessToken!;
        Assert.NotNull((await site.AuthenticateBearerAsync(token)).Principal);

        var unconfirmed = await AdminForms.PostAsync(http, "/admin/openid/application/crm-gone", "delete-application", []);
        Assert.NotNull(await StoredAsync("crm-gone"));
        Assert.Contains("Tick the box", unconfirmed.Html, StringComparison.Ordinal);
        var (status, _, response) = await AdminForms.PostAsync(http, "/admin/openid/application/crm-gone", "delete-application", [("confirm", "yes")]);

        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/admin/openid/applications", OAuthClient.Local(response), StringComparison.Ordinal);
        Assert.Null(await StoredAsync("crm-gone"));
        Assert.Null((await site.AuthenticateBearerAsync(token)).Principal);
        Assert.Equal(["admin"], await LoggedAsync(OpenIdSecurityEvents.ApplicationDeleted, "crm-gone"));
    }

    [Fact]
    public async Task Create_WithTooManyRedirectUris_IsRefused()
    {
        using var http = await AdminAsync();
        var uris = string.Join("\n", Enumerable.Range(0, 51).Select(i => $"https://partner.example/callback/{i}"));

        var (_, html, _) = await AdminForms.PostAsync(http, New, "application",
            [("ClientId", "spa-many"), ("DisplayName", "Many"), ("Type", "public"), ("AllowAuthorizationCodeFlow", "true"), ("RedirectUris", uris)]);

        Assert.Contains("at most 50", AdminForms.Problem(html, "RedirectUris"), StringComparison.Ordinal);
        Assert.Null(await StoredAsync("spa-many"));
    }

    [Fact]
    public async Task RevokeGrant_ListsTheUsersGrantAndItsTokensStopWorking()
    {
        await site.RegisterAsync(new ApplicationInput
        {
            ClientId = "spa-grants",
            DisplayName = "Grants app",
            Type = ApplicationInput.Public,
            AllowAuthorizationCodeFlow = true,
            RedirectUris = [OAuthClient.RedirectUri],
            Scopes = ["api"],
        });
        await site.RegisterAsync(new ApplicationInput { ClientId = "crm-other", DisplayName = "Other", AllowClientCredentialsFlow = true, Scopes = ["api"] });
        await site.CreateUserAsync("grant-user", Password, "GrantUsers", "ViewContent");
        using var browser = site.NewClient();
        var (verifier, challenge) = OAuthClient.Pkce();
        var code = await OAuthClient.AuthorizeAsync(browser, "spa-grants", challenge, "grant-user", Password, "openid api");
        var token = (await OAuthClient.ExchangeAsync(browser, "spa-grants", code, verifier)).AccessToken!;
        Assert.NotNull((await site.AuthenticateBearerAsync(token)).Principal);
        using var http = await AdminAsync();
        var page = await http.GetStringAsync(new Uri("/admin/openid/application/spa-grants", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("grant-user", page, StringComparison.Ordinal);
        var grant = System.Text.RegularExpressions.Regex.Match(page, "name=\"grant\" value=\"([^\"]+)\"").Groups[1].Value;

        var foreign = await AdminForms.PostAsync(http, "/admin/openid/application/crm-other", "revoke-grant", [("grant", grant)]);
        Assert.NotNull((await site.AuthenticateBearerAsync(token)).Principal);
        var (_, html, _) = await AdminForms.PostAsync(http, "/admin/openid/application/spa-grants", "revoke-grant", [("grant", grant)]);

        Assert.DoesNotContain("was revoked", foreign.Html, StringComparison.Ordinal);
        Assert.Contains("The grant was revoked", html, StringComparison.Ordinal);
        Assert.Null((await site.AuthenticateBearerAsync(token)).Principal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndStoresNothing()
    {
        using var http = await AdminAsync();

        var (status, _, _) = await AdminForms.PostAsync(http, New, "application", Machine("crm-csrf"), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Null(await StoredAsync("crm-csrf"));
    }
}
