using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// A developer and a third-party app, end to end: the admin registers a public application in the applications
/// screen; the app runs authorization code with PKCE (S256) in Chromium through the site's sign-in and consent, its
/// loopback listener catches the code, it gets a token at /connect/token, lists enterprises of one cluster, edits one
/// with If-Match (a stale ETag gets 412), publishes it, a visitor sees the change, and once it revokes the token the same
/// call is refused.
/// </summary>
[Collection(BrowserClasses.Name)]
public sealed class OpenIdClientBrowserTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    /// <summary>The New display industry cluster of the park's recipe.</summary>
    private const string DisplayCluster = "9e1yebvs9pyd7jptpqy4ryf79q";

    [Fact]
    public async Task PartnerApp_RegisteredInTheAdmin_GetsATokenWithPkce_EditsAnEnterprise_AndLosesAccessWhenRevoked()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var clientId = $"partner-{run}";
        using var callback = new LoopbackCallback();

        // The developer registers the app.
        var admin = await NewAdminPageAsync();
        await admin.GotoAsync("/admin/openid/applications/new");
        await BrowserSteps.ExpectHeadingAsync(admin, "New application");
        await admin.GetByLabel("Client id").FillAsync(clientId);
        await admin.GetByLabel("Display name").FillAsync($"Partner portal {run}");
        await admin.GetByRole(AriaRole.Radio, new() { Name = "Public" }).CheckAsync();
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "Authorization code with PKCE" }).CheckAsync();
        await admin.GetByLabel("Redirect URIs", new() { Exact = true }).FillAsync(callback.RedirectUri);
        await admin.GetByRole(AriaRole.Checkbox, new() { Name = "api" }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Register the application" }).ClickAsync();
        await BrowserSteps.Expect(admin.GetByText("Registered."));
        Assert.Equal(0, await admin.Locator("#client-secret").CountAsync());

        // The app sends the user to the site; they sign in and allow it; the site sends them back with a code.
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var challenge = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var user = await NewPageAsync();
        await user.GotoAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = callback.RedirectUri,
            ["scope"] = "openid api",
            ["state"] = run,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        }));
        await BrowserSteps.SignInAsync(user, "admin", Forms.AdminPassword);
        await BrowserSteps.ExpectHeadingAsync(user, $"Allow Partner portal {run} to use your account?");
        // The app listens before the user answers: the click waits for the redirect to it to be answered.
        var caught = callback.PathAndQueryAsync();
        await user.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        var answer = QueryHelpers.ParseQuery(new Uri(new Uri(callback.RedirectUri), await caught).Query);
        Assert.Equal(run, answer["state"].ToString());
        await BrowserSteps.Expect(user.GetByText("The app has its code."));

        using var http = new HttpClient { BaseAddress = Site.BaseAddress };
        using var exchange = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = answer["code"].ToString(),
            ["redirect_uri"] = callback.RedirectUri,
            ["code_verifier"] = verifier,
        }), TestContext.Current.CancellationToken);
        var tokens = JsonNode.Parse(await exchange.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.True(exchange.StatusCode == HttpStatusCode.OK, tokens.ToJsonString());
        var accessToken = tokens["access_token"]!.GetValue<string>();

        // With the token: the cluster's enterprises, one edited with If-Match, a stale write refused, then published.
        var list = await Api.JsonAsync(await Api.SendAsync(http, HttpMethod.Get, $"/api/content?type=Enterprise&container={DisplayCluster}&limit=5", accessToken));
        var items = list["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(DisplayCluster, i!["ContainedPart"]!["ListContentItemId"]!.GetValue<string>()));
        var id = items[0]!["ContentItemId"]!.GetValue<string>();
        var path = "/" + items[0]!["AutoroutePart"]!["Path"]!.GetValue<string>();
        using var read = await Api.SendAsync(http, HttpMethod.Get, $"/api/content/{id}?draft=true", accessToken);
        var readETag = read.Headers.ETag!.Tag;
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = $$$"""{"HtmlBodyPart":{"Html":"<p>Updated by the partner portal {{{run}}}.</p>"}}""";

        using var patched = await Api.SendAsync(http, HttpMethod.Patch, $"/api/content/{id}", accessToken, body, readETag);
        using var stale = await Api.SendAsync(http, HttpMethod.Patch, $"/api/content/{id}", accessToken, """{"HtmlBodyPart":{"Html":"<p>Lost.</p>"}}""", readETag);
        using var published = await Api.SendAsync(http, HttpMethod.Post, $"/api/content/{id}/publish", accessToken, ifMatch: patched.Headers.ETag?.Tag);

        Assert.True(patched.StatusCode == HttpStatusCode.OK, await patched.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.True(published.StatusCode == HttpStatusCode.OK, await published.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var visitor = await NewPageAsync();
        await visitor.GotoAsync(path);
        await BrowserSteps.Expect(visitor.GetByText($"Updated by the partner portal {run}."));
        Assert.Equal(0, await visitor.GetByText("Lost.").CountAsync());

        // The app revokes its token: the call that worked a moment ago is refused.
        using var revoked = await http.PostAsync(new Uri("/connect/revoke", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = accessToken,
            ["token_type_hint"] = "access_token",
            ["client_id"] = clientId,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        using var after = await Api.SendAsync(http, HttpMethod.Get, $"/api/content/{id}?draft=true", accessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    /// <summary>The app's calls to the content API with its bearer token.</summary>
    private static class Api
    {
        public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpMethod method, string path, string accessToken, string? mergePatch = null, string? ifMatch = null)
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            if (ifMatch is not null)
            {
                request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
            }

            if (mergePatch is not null)
            {
                request.Content = new StringContent(mergePatch, Encoding.UTF8, "application/merge-patch+json");
            }

            return await http.SendAsync(request, TestContext.Current.CancellationToken);
        }

        public static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
        {
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {text}");
                return JsonNode.Parse(text)!;
            }
        }
    }

    /// <summary>What a desktop or test app listens with for its redirect: a socket on 127.0.0.1 that answers the first request.</summary>
    private sealed class LoopbackCallback : IDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

        public LoopbackCallback() => _listener.Start();

        public string RedirectUri => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/callback";

        /// <summary>The path and query of the first request for /callback, answered with a short page.</summary>
        public async Task<string> PathAndQueryAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync(timeout.Token);
                var stream = client.GetStream();
                var buffer = new byte[8192];
                var read = 0;
                while (read < buffer.Length && !Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var n = await stream.ReadAsync(buffer.AsMemory(read), timeout.Token);
                    if (n == 0)
                    {
                        break;
                    }

                    read += n;
                }

                var target = Encoding.ASCII.GetString(buffer, 0, read).Split(' ') is [_, var t, ..] ? t : "";
                var page = "<!doctype html><html lang=\"en\"><title>Signed in</title><p>The app has its code.</p></html>"u8.ToArray();
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\nConnection: close\r\n\r\n"), timeout.Token);
                await stream.WriteAsync(page, timeout.Token);
                if (target.StartsWith("/callback", StringComparison.Ordinal))
                {
                    return target;
                }
            }
        }

        public void Dispose() => _listener.Stop();
    }
}
