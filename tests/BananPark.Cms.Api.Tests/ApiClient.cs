using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BananPark.Cms.Web.Tests;

namespace BananPark.Cms.Api.Tests;

/// <summary>JSON calls to the API as a test's caller (anonymous, or signed in with the site's cookie).</summary>
internal static class ApiClient
{
    public const string Password = "a long enough password";

    public static async Task<HttpClient> UserAsync(AdminSite site, string role, params string[] permissions)
    {
        var name = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, role, permissions);
        var client = site.NewClient();
        var response = await Forms.SignInAsync(client, name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<HttpClient> AdminAsync(AdminSite site)
    {
        var client = site.NewClient();
        return SignIn(client);

        async Task<HttpClient> SignIn(HttpClient c)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Forms.SignInAsync(c, "admin", Forms.AdminPassword)).StatusCode);
            return c;
        }
    }

    public static Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
        => client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? body = null, string? ifMatch = null, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(ifMatch == "*" ? EntityTagHeaderValue.Any : EntityTagHeaderValue.Parse(ifMatch));
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static string ETag(HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new InvalidOperationException("No ETag.");

    public static string NewEnterprise(string title, string? extra = null)
        => $$"""{"ContentType":"Enterprise","TitlePart":{"Title":"{{title}}"}{{(extra is null ? "" : "," + extra)}}}""";
}
