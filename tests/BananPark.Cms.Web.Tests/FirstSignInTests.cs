using System.Net;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Setup;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>No password configured: one is generated, printed once, and must be changed at the first sign-in.</summary>
public sealed class FirstSignInTests
{
    [Fact]
    public async Task FirstStart_WithoutConfiguredPassword_PrintsOneThatMustBeChanged()
    {
        var console = new StringWriter();
        await using var site = new GeneratedPasswordSite(console);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var password = console.ToString().Split('\n').Single(l => l.Contains("Password:", StringComparison.Ordinal)).Split(':')[1].Trim();

        var signIn = await Forms.SignInAsync(client, "admin", password, "/admin/users");
        var admin = await client.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(24, password.Length);
        Assert.Equal(ChangePassword.Path, Forms.Location(signIn));
        Assert.Equal(ChangePassword.Path, Forms.Location(admin));
        var changed = await Forms.PostAsync(client, ChangePassword.Path, "change-password",
            [new("Input.CurrentPassword", password), new("Input.NewPassword", "a brand new passphrase"), new("Input.ConfirmPassword", "a brand new passphrase")]);
        Assert.Equal("/admin", Forms.Location(changed));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        await site.DisposeAsync();
        site.DeleteData();
    }

    [Fact]
    public async Task SignIn_WhenTooManyAttemptsFromOneAddress_Answers429WithRetryAfter()
    {
        await using var site = new CmsSiteFactory().With("Cms:Identity:SignInAttemptsPerMinute", "3").With("Cms:Setup:AdminPassword", Forms.AdminPassword);
        var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
        {
            await Forms.SignInAsync(client, "admin", "wrong password here");
        }

        var response = await Forms.SignInAsync(client, "admin", Forms.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        await site.DisposeAsync();
        site.DeleteData();
    }

    private sealed class GeneratedPasswordSite(StringWriter console) : CmsSiteFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(new SetupConsole(console)));
        }
    }
}
