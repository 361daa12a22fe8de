using System.Net;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

public sealed class TwoFactorTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task SignIn_WhenTwoStepIsOn_AsksForTheAppsCodeBeforeLettingIn()
    {
        await site.CreateUserAsync("twostep", "two step long password", "Editor");
        var key = await EnableTwoFactorAsync(site.Factory, "twostep");
        var client = site.NewClient();

        var password = await Forms.SignInAsync(client, "twostep", "two step long password", "/admin");
        var before = await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        var wrong = await Forms.PostAsync(client, TwoFactorSignIn.Path, "two-factor", [new("Input.Code", "000000")]);
        var right = await Forms.PostAsync(client, $"{TwoFactorSignIn.Path}?ReturnUrl=%2Fadmin", "two-factor", [new("Input.Code", Totp.Code(key))]);

        Assert.StartsWith(TwoFactorSignIn.Path, Forms.Location(password), StringComparison.Ordinal);
        Assert.StartsWith("/login", Forms.Location(before), StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(TwoFactorSignIn.FailureMessage), await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/admin", Forms.Location(right));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Admin_WhenTwoStepIsRequired_MustSetItUpBeforeUsingTheAdmin()
    {
        await using var required = new CmsSiteFactory()
            .With("Cms:Setup:AdminPassword", Forms.AdminPassword)
            .With("Cms:Identity:RequireTwoFactorForAdministrators", "true");
        var client = required.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);

        var gated = await client.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken);
        // The GET stores no key: it shows one, and the post that turns two-step sign-in on stores it.
        var page = await client.GetStringAsync(new Uri(TwoFactorSetup.Path, UriKind.Relative), TestContext.Current.CancellationToken);
        var (key, keyToken) = ShownKey(page);

        var enabled = await Forms.PostAsync(client, TwoFactorSetup.Path, "enable-two-factor",
            [new("Code", Totp.Code(key)), new(TwoFactorSetup.KeyField, keyToken), new(Reauthentication.FieldName, Forms.AdminPassword)]);

        Assert.Equal(TwoFactorSetup.Path, Forms.Location(gated));
        Assert.Contains("Keep these recovery codes", await enabled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        await required.DisposeAsync();
        required.DeleteData();
    }

    /// <summary>The key the set-up page shows (in groups of four, lower case) and the protected copy its form posts.</summary>
    internal static (string Key, string KeyToken) ShownKey(string html)
    {
        var key = System.Text.RegularExpressions.Regex.Match(html, "<code class=\"secret\">([^<]+)</code>").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var token = System.Text.RegularExpressions.Regex.Match(html, $"name=\"{TwoFactorSetup.KeyField}\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(key) || string.IsNullOrEmpty(token), "The set-up page shows no key.");
        return (key, WebUtility.HtmlDecode(token));
    }

    private static async Task<string> EnableTwoFactorAsync(CmsSiteFactory factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }
}
