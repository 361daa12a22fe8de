using System.Net;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
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
        await client.GetStringAsync(new Uri(TwoFactorSetup.Path, UriKind.Relative), TestContext.Current.CancellationToken);
        string key;
        await using (var scope = required.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            key = (await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync("admin"))!))!;
        }

        var enabled = await Forms.PostAsync(client, TwoFactorSetup.Path, "enable-two-factor", [new("Code", Totp.Code(key))]);

        Assert.Equal(TwoFactorSetup.Path, Forms.Location(gated));
        Assert.Contains("Keep these recovery codes", await enabled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        await required.DisposeAsync();
        required.DeleteData();
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
