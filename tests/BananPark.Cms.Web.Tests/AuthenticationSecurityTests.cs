using System.Net;
using BananPark.Cms.Identity;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Sign-in against user-name discovery and lockout by strangers: every failing path checks one password
/// hash (so none answers faster), and repeated failures slow an account down for a while instead of locking it.
/// </summary>
public sealed class AuthenticationSecurityTests(ClockedAdminSite site) : IClassFixture<ClockedAdminSite>
{
    private const string WrongPassword = "a wrong long password";

    [Fact]
    public async Task SignIn_ForUnknownDisabledWrongOrThrottledUsers_ChecksOneHashAndAnswersAlike()
    {
        await site.CreateUserAsync("hashes-wrong", "the right long password");
        var disabled = await site.CreateUserAsync("hashes-disabled", "the right long password");
        await site.AsAdministratorAsync((services, admin) => services.GetRequiredService<UserAdminService>().SetEnabledAsync(admin, disabled.Id, enabled: false));
        await site.CreateUserAsync("hashes-throttled", "the right long password");
        var client = site.NewClient();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await Forms.SignInAsync(client, "hashes-throttled", WrongPassword);
        }

        foreach (var (user, password) in new[]
        {
            ("nobody-by-this-name", WrongPassword), ("hashes-wrong", WrongPassword), ("hashes-disabled", "the right long password"),
            ("hashes-throttled", "the right long password"), ("hashes-throttled", WrongPassword),
        })
        {
            var before = site.HashesChecked;
            var response = await Forms.SignInAsync(client, user, password);

            Assert.Equal(1, site.HashesChecked - before);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(Login.FailureMessage, Alert(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        }
    }

    [Fact]
    public async Task SignIn_AfterRepeatedFailures_WaitsAWhileThenLetsTheRightPasswordIn()
    {
        await site.CreateUserAsync("slowed", "the right long password");
        var client = site.NewClient();
        for (var i = 0; i < SignInThrottle.FreeFailures; i++)
        {
            await Forms.SignInAsync(client, "slowed", WrongPassword);
        }

        var early = await Forms.SignInAsync(client, "slowed", "the right long password");
        site.Clock.Advance(TimeSpan.FromSeconds(2));
        var later = await Forms.SignInAsync(client, "slowed", "the right long password");

        Assert.Equal(Login.FailureMessage, Alert(await early.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal(ReturnUrls.Fallback, Forms.Location(later));
        Assert.Contains(SecurityEventKinds.SignInThrottled, await KindsAsync("slowed"));
    }

    [Fact]
    public async Task SignIn_WhenAStrangerKeepsFailing_TheRealUserWaitsNoLongerThanTheLongestDelay()
    {
        await site.CreateUserAsync("targeted", "the right long password");
        var stranger = site.NewClient();
        for (var i = 0; i < 60; i++)
        {
            // A failure every two seconds: the stranger cannot tell a refused try from a wrong password, so keeps trying.
            await Forms.SignInAsync(stranger, "targeted", WrongPassword);
            site.Clock.Advance(TimeSpan.FromSeconds(2));
        }

        site.Clock.Advance(new CmsIdentityOptions().SignInMaxDelay);
        var response = await Forms.SignInAsync(site.NewClient(), "targeted", "the right long password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<List<string>> KindsAsync(string actor)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsIdentityDbContext>().SecurityEvents
            .Where(e => e.Actor == actor).Select(e => e.Kind).ToListAsync(TestContext.Current.CancellationToken);
    }

    internal static string Alert(string html)
    {
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? "" : WebUtility.HtmlDecode(html[(start + 13)..html.IndexOf("</div>", start, StringComparison.Ordinal)]).Trim();
    }
}
