using System.Net;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>What every answer says about itself (ASVS 5.0 headers and cookies), on a real server and behind a proxy.</summary>
public sealed class HeadersSecurityTests(KestrelAdminSite kestrel, ProxiedAdminSite proxied) : IClassFixture<KestrelAdminSite>, IClassFixture<ProxiedAdminSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/no-such-page")]
    public async Task Get_OnARealServer_SendsNoServerHeaderAndAPermissionsPolicy(string path)
    {
        var response = await kestrel.NewClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Server"), string.Join(", ", response.Headers.Server));
        Assert.Contains("camera=()", string.Join(",", response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_OverHttpsThroughAKnownProxy_SendsStrictTransportSecurity()
    {
        var client = proxied.NewClient(ProxiedAdminSite.Proxy);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.StartsWith("max-age=", string.Join(",", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WhenAStrangerClaimsHttps_SendsNoStrictTransportSecurity()
    {
        var client = proxied.NewClient("198.51.100.9");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_OverHttps_SendsStrictTransportSecurity()
    {
        var response = await proxied.NewClient("198.51.100.9", "https").GetAsync(new Uri("/login", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task SignIn_UnderHttps_SetsHostPrefixedSecureCookies()
    {
        var client = proxied.NewClient("198.51.100.9", "https");
        var page = await client.GetAsync(new Uri("/login", UriKind.Relative), TestContext.Current.CancellationToken);

        var response = await Forms.SignInAsync(client, "admin", Forms.AdminPassword);

        var cookies = page.Headers.GetValues("Set-Cookie").Concat(response.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-BananPark.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("__Host-BananPark.Session=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c, StringComparison.Ordinal);
            Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; path=/", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task SecurityLog_ThroughAKnownProxy_RecordsTheClientsAddress()
    {
        await proxied.CreateUserAsync("proxied-user", "the right long password", "Editor");
        // The browser's cookies are Secure, so its client speaks https; the proxy forwards who it is.
        var viaProxy = proxied.NewClient(ProxiedAdminSite.Proxy, "https");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        viaProxy.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var stranger = proxied.NewClient("198.51.100.9", "https");
        stranger.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.8");

        await Forms.SignInAsync(viaProxy, "proxied-user", "a wrong long password");
        await Forms.SignInAsync(viaProxy, "proxied-user", "the right long password");
        using var signOut = new FormUrlEncodedContent([new("__RequestVerificationToken", await Forms.TokenAsync(viaProxy, "/admin"))]);
        var signedOut = await viaProxy.PostAsync(new Uri("/logout", UriKind.Relative), signOut, TestContext.Current.CancellationToken);
        await Forms.SignInAsync(stranger, "proxied-user", "a wrong long password");

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await using var scope = proxied.Factory.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<CmsIdentityDbContext>().SecurityEvents
            .Where(e => e.Actor == "proxied-user").OrderBy(e => e.Id).Select(e => new { e.Kind, e.IpAddress }).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
            [(SecurityEventKinds.SignInFailed, "203.0.113.7"), (SecurityEventKinds.SignInSucceeded, "203.0.113.7"), (SecurityEventKinds.SignedOut, "203.0.113.7"),
             (SecurityEventKinds.SignInFailed, "198.51.100.9")],
            events.Select(e => (e.Kind, e.IpAddress)));
    }

    [Fact]
    public async Task Get_AnyPage_NamesTheCspReportEndpoint()
    {
        var response = await proxied.NewClient("198.51.100.9").GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("report-uri /csp-report; report-to csp", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("csp=\"/csp-report\"", string.Join(",", response.Headers.GetValues("Reporting-Endpoints")));
    }

    [Theory]
    [InlineData("application/csp-report", """{"csp-report":{"document-uri":"http://localhost/","violated-directive":"script-src-elem","blocked-uri":"https://evil.example/x.js","line-number":3}}""")]
    [InlineData("application/reports+json", """[{"type":"csp-violation","url":"http://localhost/","body":{"documentURL":"http://localhost/","effectiveDirective":"script-src-elem","blockedURL":"https://evil.example/x.js"}}]""")]
    public async Task CspReport_FromABrowserWithoutCookies_IsLogged(string contentType, string json)
    {
        var response = await PostReportAsync("192.0.2.10", contentType, json);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Contains(proxied.Factory.Logs, l => l.Contains("CSP violation: script-src-elem blocked https://evil.example/x.js on http://localhost/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain", """{"csp-report":{}}""", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/csp-report", "{not json", HttpStatusCode.BadRequest)]
    [InlineData("application/csp-report", "[1,2,3]", HttpStatusCode.BadRequest)]
    [InlineData("application/reports+json", """[{"type":"csp-violation","body":"x"}]""", HttpStatusCode.BadRequest)]
    [InlineData("application/reports+json", "null", HttpStatusCode.BadRequest)]
    public async Task CspReport_WithGarbage_Is4xx(string contentType, string body, HttpStatusCode expected)
        => Assert.Equal(expected, (await PostReportAsync("192.0.2.11", contentType, body)).StatusCode);

    [Fact]
    public async Task CspReport_LargerThanTheLimit_Is413()
    {
        var json = "{\"csp-report\":{\"blocked-uri\":\"" + new string('a', 20_000) + "\"}}";

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostReportAsync("192.0.2.12", "application/csp-report", json)).StatusCode);
    }

    [Fact]
    public async Task CspReport_MoreThanTheLimitPerMinuteFromOneAddress_Is429()
    {
        const string json = """{"csp-report":{"violated-directive":"img-src","blocked-uri":"data"}}""";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= 20; i++)
        {
            statuses.Add((await PostReportAsync("192.0.2.13", "application/csp-report", json)).StatusCode);
        }

        Assert.All(statuses[..^1], s => Assert.Equal(HttpStatusCode.NoContent, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.NoContent, (await PostReportAsync("192.0.2.14", "application/csp-report", json)).StatusCode);
    }

    private async Task<HttpResponseMessage> PostReportAsync(string peer, string contentType, string body)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return await proxied.NewClient(peer).PostAsync(new Uri("/csp-report", UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
