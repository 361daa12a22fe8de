using System.Net;
using BananPark.Cms.OpenId.Applications;
using BananPark.Cms.OpenId.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>The server settings screen through the assembled site: permission, flows and lifetimes taking effect at once, ranges refused.</summary>
public sealed class ServerSettingsAdminTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    private const string Path = "/admin/openid/settings";

    private static (string, string)[] Form(string accessValue = "1", string accessUnit = "hours", bool clientCredentials = true)
    {
        (string, string)[] fields =
        [
            ("AllowAuthorizationCodeFlow", "true"), ("AllowRefreshTokenFlow", "true"),
            ("AccessTokenLifetime", accessValue), ("AccessTokenLifetimeUnit", accessUnit),
            ("AuthorizationCodeLifetime", "5"), ("AuthorizationCodeLifetimeUnit", "minutes"),
            ("IdentityTokenLifetime", "20"), ("IdentityTokenLifetimeUnit", "minutes"),
            ("RefreshTokenLifetime", "14"), ("RefreshTokenLifetimeUnit", "days"),
        ];
        return clientCredentials ? [.. fields, ("AllowClientCredentialsFlow", "true")] : fields;
    }

    private async Task<OpenIdServerSettings> StoredAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ServerSettingsStore>().GetAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Screen_WithoutManageServerSettings_IsForbidden()
    {
        await site.CreateUserAsync("settings-none", "a long enough password 42", "SettingsNone", "ManageApplications", "ManageScopes");
        using var http = await AdminForms.SignedInAsync(site, "settings-none", "a long enough password 42");

        using var response = await http.GetAsync(new Uri(Path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Save_TurnsAFlowOffAndChangesALifetime_AtOnce()
    {
        var secret = await site.RegisterAsync(new ApplicationInput { ClientId = "settings-crm", DisplayName = "CRM", AllowClientCredentialsFlow = true, Scopes = ["api"] });
        using var http = await AdminForms.SignedInAsync(site, "admin", OpenIdSite.AdminPassword);
        using var tokens = site.NewClient();

        var off = await AdminForms.PostAsync(http, Path, "openid-settings", Form(clientCredentials: false));
        var refused = await OAuthClient.ClientCredentialsAsync(tokens, "settings-crm", secret!);
        var on = await AdminForms.PostAsync(http, Path, "openid-settings", Form("10", "minutes"));
        var issued = await OAuthClient.ClientCredentialsAsync(tokens, "settings-crm", secret!);

        Assert.Contains("Settings saved", off.Html, StringComparison.Ordinal);
        Assert.Equal("unsupported_grant_type", refused.Error);
        Assert.Contains("Settings saved", on.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, issued.Status);
        Assert.InRange(issued.Body.GetProperty("expires_in").GetInt32(), 590, 600);
        Assert.Equal(TimeSpan.FromMinutes(10), (await StoredAsync()).AccessTokenLifetime);
    }

    [Theory]
    [InlineData("2", "days", "must be between")]
    [InlineData("10", "seconds", "must be between")]
    [InlineData("ten", "minutes", "whole number")]
    [InlineData("-5", "minutes", "whole number")]
    [InlineData("5", "fortnights", "whole number")]
    public async Task Save_WithALifetimeOutOfRange_IsRefusedKeepsWhatWasTypedAndSavesNothing(string value, string unit, string problem)
    {
        var before = await StoredAsync();
        using var http = await AdminForms.SignedInAsync(site, "admin", OpenIdSite.AdminPassword);

        var (_, html, _) = await AdminForms.PostAsync(http, Path, "openid-settings", Form(value, unit, clientCredentials: !before.AllowClientCredentialsFlow));

        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains(problem, AdminForms.Problem(html, "AccessTokenLifetime"), StringComparison.Ordinal);
        Assert.Contains($"value=\"{value}\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync());
    }
}
