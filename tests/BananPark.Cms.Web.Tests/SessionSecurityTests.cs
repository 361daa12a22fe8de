using System.Net;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Sessions (ASVS V7): each sign-in is a session on the server, so sign-out, "sign out everywhere" and an
/// administrator's action end it for every copy of its cookie at once; opening the two-step page ends nothing.
/// The copied-cookie case of the probe runs against the built site as a process, over real HTTP.
/// </summary>
public sealed class SessionSecurityTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Password = "session tests long password";

    /// <summary>The probe's finding: the built site over real HTTP, the cookie copied as text into another client.</summary>
    [Fact]
    public async Task SignOut_ThenACopyOfTheCookieOverRealHttp_IsSentToSignIn()
    {
        var data = Path.Combine(Path.GetTempPath(), "banan-session-tests", Guid.NewGuid().ToString("N"));
        var server = await SiteServer.StartAsync(data, new Dictionary<string, string> { ["Cms__Setup__AdminPassword"] = Forms.AdminPassword });
        try
        {
            var cookies = new CookieContainer();
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
            Assert.Equal("/admin", PathOf(server.BaseAddress, (await Forms.SignInAsync(browser, "admin", Forms.AdminPassword)).Headers.Location));
            var session = cookies.GetCookies(server.BaseAddress)[BananPark.Cms.Identity.IdentityServiceCollectionExtensions.CookieName]!;
            using var copy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
            copy.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
            var before = await copy.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);

            var signOut = await SessionCookies.SignOutAsync(browser);
            var after = await copy.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.True(before.StatusCode == HttpStatusCode.OK, $"Before sign-out the copy got {(int)before.StatusCode}.\n{server.Report()}");
            Assert.Equal("/login", signOut.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.Equal("/login", PathOf(server.BaseAddress, after.Headers.Location));
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>The path a redirect points at, whether its <c>Location</c> is absolute or relative.</summary>
    private static string? PathOf(Uri baseAddress, Uri? location)
        => location is null ? null : new Uri(baseAddress, location).AbsolutePath;

    [Fact]
    public async Task SignOutEverywhereElse_EndsTheOtherSessionsAndKeepsThisOne()
    {
        var user = await NewUserAsync("Editor");
        var here = await SignedInAsync(user);
        var elsewhere = await SignedInAsync(user);
        var listed = await here.GetStringAsync(new Uri(ActiveSessions.Path, UriKind.Relative), TestContext.Current.CancellationToken);

        var wrong = await Forms.PostAsync(here, ActiveSessions.Path, "end-others", [new(Reauthentication.FieldName, "not the password at all")]);
        var stillThere = await elsewhere.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);
        var ended = await Forms.PostAsync(here, ActiveSessions.Path, "end-others", [new(Reauthentication.FieldName, Password)]);

        Assert.Equal(2, SessionCookies.Rows(listed));
        Assert.Contains(WebUtility.HtmlEncode(Reauthentication.Refused), await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
        Assert.Contains("1 other session was ended.", await ended.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.StartsWith("/login", Forms.Location(await elsewhere.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySessionOfTheUserIncludingThisOne()
    {
        var user = await NewUserAsync("Editor");
        var here = await SignedInAsync(user);
        var elsewhere = await SignedInAsync(user);
        var copy = SessionCookies.CopyOf(site, here);

        var ended = await Forms.PostAsync(here, ActiveSessions.Path, "end-all", [new(Reauthentication.FieldName, Password)]);

        Assert.Equal("/login", Forms.Location(ended));
        foreach (var client in new[] { here, elsewhere, copy })
        {
            Assert.StartsWith("/login", Forms.Location(await client.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EndSessions_ByAnAdministratorOnTheUserScreen_EndsThatUsersSessions()
    {
        var user = await NewUserAsync("Editor");
        var victim = await SignedInAsync(user);
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);

        var ended = await Forms.PostAsync(admin, $"/admin/users/{user.Id}", "end-sessions", []);

        Assert.Contains($"{user.UserName} was signed out everywhere (1 session).", await ended.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.StartsWith("/login", Forms.Location(await victim.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task SessionsForms_WithoutAnAntiforgeryToken_AreRefusedAndEndNothing()
    {
        var user = await NewUserAsync("Editor");
        var here = await SignedInAsync(user);
        var elsewhere = await SignedInAsync(user);
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);

        var others = await Forms.PostAsync(here, ActiveSessions.Path, "end-others", [], withToken: false);
        var all = await Forms.PostAsync(here, ActiveSessions.Path, "end-all", [], withToken: false);
        var byAdmin = await Forms.PostAsync(admin, $"/admin/users/{user.Id}", "end-sessions", [], withToken: false);

        Assert.All([others, all, byAdmin], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task TwoFactorSetup_Get_ChangesNothingAndEndsNoOtherSession()
    {
        var user = await NewUserAsync("Editor");
        var opener = await SignedInAsync(user);
        var other = await SignedInAsync(user);
        var stamp = await StampAsync(user);

        var page = await opener.GetAsync(new Uri(TwoFactorSetup.Path, UriKind.Relative), TestContext.Current.CancellationToken);
        var again = await opener.GetAsync(new Uri(TwoFactorSetup.Path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(stamp, await StampAsync(user));
        Assert.Null(await KeyAsync(user));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<CmsUser> NewUserAsync(string role)
        => await site.CreateUserAsync($"session-{Guid.NewGuid():N}"[..20], Password, role);

    private async Task<HttpClient> SignedInAsync(CmsUser user)
    {
        var client = SessionCookies.NewClient(site);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(client, user.UserName!, Password)).StatusCode);
        return client;
    }

    private async Task<string?> StampAsync(CmsUser user)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        return await users.GetSecurityStampAsync((await users.FindByIdAsync(user.Id))!);
    }

    private async Task<string?> KeyAsync(CmsUser user)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(user.Id))!);
    }
}
