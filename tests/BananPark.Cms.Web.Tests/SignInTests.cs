using System.Net;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

public sealed class SignInTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_GoesToTheLocalReturnUrl()
    {
        var client = site.NewClient();

        var response = await Forms.SignInAsync(client, "admin", Forms.AdminPassword, "/admin/users?q=a");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/users?q=a", Forms.Location(response));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/users", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/%09/evil.example")]
    [InlineData("https:evil.example")]
    [InlineData("https://evil.example/admin")]
    [InlineData("/%2F%2Fevil.example")]
    public async Task SignIn_WhenReturnUrlLeavesTheSite_LandsOnTheAdmin(string returnUrl)
    {
        var response = await Forms.SignInAsync(site.NewClient(), "admin", Forms.AdminPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReturnUrls.Fallback, Forms.Location(response));
    }

    [Fact]
    public async Task SignIn_UnknownUserAndWrongPassword_GetTheSameAnswer()
    {
        var unknown = await Forms.SignInAsync(site.NewClient(), "nobody-here", "wrong password 123");
        var wrong = await Forms.SignInAsync(site.NewClient(), "admin", "wrong password 123");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        var unknownAlert = Alert(await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Login.FailureMessage, unknownAlert);
        Assert.Equal(unknownAlert, Alert(await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_PausesTheAccountAndLogsIt()
    {
        await site.CreateUserAsync("lockme", "the right long password");
        var client = site.NewClient();
        for (var i = 0; i < 5; i++)
        {
            await Forms.SignInAsync(client, "lockme", "a wrong long password");
        }

        var response = await Forms.SignInAsync(client, "lockme", "the right long password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Login.FailureMessage, Alert(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<CmsIdentityDbContext>().SecurityEvents
            .Where(e => e.Actor == "lockme").Select(e => e.Kind).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(SecurityEventKinds.SignInThrottled, events);
        Assert.Contains(SecurityEventKinds.SignInFailed, events);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_Is400()
    {
        var response = await Forms.PostAsync(site.NewClient(), "/login", "login", [new("Input.UserName", "admin"), new("Input.Password", Forms.AdminPassword)], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_WithoutAntiforgeryToken_Is400AndKeepsTheSession()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);

        var response = await client.PostAsync(new Uri("/logout", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_EndsTheUsersOtherSessions()
    {
        await site.CreateUserAsync("twosessions", "first long password", "Editor");
        var first = site.NewClient();
        var second = site.NewClient();
        await Forms.SignInAsync(first, "twosessions", "first long password");
        await Forms.SignInAsync(second, "twosessions", "first long password");

        var changed = await Forms.PostAsync(first, ChangePassword.Path, "change-password",
            [new("Input.CurrentPassword", "first long password"), new("Input.NewPassword", "second long password"), new("Input.ConfirmPassword", "second long password")]);

        Assert.Equal("/admin", Forms.Location(changed));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        var other = await second.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/login", Forms.Location(other), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAUser_EndsTheirSessionAndBlocksSignIn()
    {
        var user = await site.CreateUserAsync("tobedisabled", "a long enough password", "Editor");
        var client = site.NewClient();
        await Forms.SignInAsync(client, "tobedisabled", "a long enough password");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        var result = await site.AsAdministratorAsync((services, admin) => services.GetRequiredService<UserAdminService>().SetEnabledAsync(admin, user.Id, enabled: false));

        Assert.True(result.Succeeded);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        var again = await Forms.SignInAsync(site.NewClient(), "tobedisabled", "a long enough password");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    private static string Alert(string html)
    {
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? "" : WebUtilityDecode(html[(start + 13)..html.IndexOf("</div>", start, StringComparison.Ordinal)]);
    }

    private static string WebUtilityDecode(string text) => WebUtility.HtmlDecode(text).Trim();
}
