using System.Net;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>
/// Every <c>/connect</c> endpoint asked without credentials, or with made-up ones: a clear 4xx (or the sign-in
/// redirect), never a token, never a 500.
/// </summary>
public sealed class ConnectEndpointMatrixTests(OpenIdSite site) : IClassFixture<OpenIdSite>
{
    public static TheoryData<string, string, string, int[]> Requests => new()
    {
        { "GET", "/connect/authorize", "", [400] },
        { "GET", "/connect/authorize", "?client_id=nobody&response_type=code&redirect_uri=https%3A%2F%2Fx.example%2Fcb", [400] },
        { "POST", "/connect/authorize", "client_id=nobody&response_type=code", [400] },
        { "GET", "/connect/token", "", [400, 405] },
        { "POST", "/connect/token", "", [400] },
        { "POST", "/connect/token", "grant_type=client_credentials&client_id=nobody&client_secret=x", [400, 401] },
        { "POST", "/connect/token", "grant_type=authorization_code&client_id=nobody&code=x", [400, 401] },
        { "POST", "/connect/token", "grant_type=refresh_token&client_id=nobody&refresh_token=x", [400, 401] },
        { "POST", "/connect/token", "grant_type=implicit&client_id=nobody", [400] },
        { "GET", "/connect/userinfo", "", [400, 401] },
        { "POST", "/connect/userinfo", "access_token=forged", [400, 401] },
        { "POST", "/connect/introspect", "token=forged", [400, 401] },
        { "POST", "/connect/introspect", "token=forged&client_id=nobody&client_secret=x", [400, 401] },
        { "POST", "/connect/revoke", "token=forged", [400, 401] },
        { "POST", "/connect/revoke", "token=forged&client_id=nobody", [400, 401] },
        { "GET", "/connect/logout", "", [302] },
        { "POST", "/connect/logout", "", [302, 400] },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task ConnectEndpoint_WithoutValidCredentials_RefusedClearly(string method, string path, string data, int[] expected)
    {
        using var http = site.NewClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), method == "GET" ? path + data : path);
        if (method == "POST")
        {
            request.Content = new StringContent(data, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains((int)response.StatusCode, expected);
        Assert.DoesNotContain("access_token\"", body, StringComparison.Ordinal);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.DoesNotContain("code=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Discovery_PublishesOnlyTheFlowsTheSiteAllows()
    {
        using var http = site.NewClient();

        var json = await http.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("\"authorization_code\"", json, StringComparison.Ordinal);
        Assert.Contains("\"client_credentials\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"password\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"implicit\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"plain\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"token\"", json, StringComparison.Ordinal);
    }
}
