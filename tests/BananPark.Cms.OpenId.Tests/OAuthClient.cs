using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>A token endpoint answer: the status and the JSON body.</summary>
public sealed record TokenAnswer(HttpStatusCode Status, JsonElement Body)
{
    public string? AccessToken => Get("access_token");

    public string? RefreshToken => Get("refresh_token");

    public string? Error => Get("error");

    public string? Get(string name) => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty(name, out var value) ? value.GetString() : null;
}

/// <summary>Plays a third-party application against the site over HTTP, as its OAuth library would.</summary>
public static partial class OAuthClient
{
    public const string RedirectUri = "https://partner.example/callback";

    public static async Task<TokenAnswer> TokenAsync(HttpClient http, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        return new TokenAnswer(response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    public static Task<TokenAnswer> ClientCredentialsAsync(HttpClient http, string clientId, string secret, string scope = "api")
        => TokenAsync(http, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret), ("scope", scope));

    /// <summary>A PKCE pair: the verifier and its S256 challenge.</summary>
    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (verifier, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizePath(string clientId, string challenge, string scope = "openid profile api offline_access", string redirectUri = RedirectUri)
        => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = scope,
            ["state"] = "state-123",
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

    /// <summary>Signs in through the site's login form (the cookie stays in <paramref name="http"/>).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string userName, string password, string returnUrl)
    {
        var path = $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var token = AntiforgeryToken(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
        using var form = new FormUrlEncodedContent(
        [
            new("_handler", "login"), new("__RequestVerificationToken", token),
            new("Input.UserName", userName), new("Input.Password", password),
        ]);
        return await http.PostAsync(new Uri(path, UriKind.Relative), form);
    }

    /// <summary>Answers the consent screen at <paramref name="consentPath"/>: its hidden fields, the token and the chosen button.</summary>
    public static async Task<HttpResponseMessage> ConsentAsync(HttpClient http, string consentPath, bool accept = true)
    {
        var html = await http.GetStringAsync(new Uri(consentPath, UriKind.Relative));
        var fields = Hidden().Matches(html).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.Add(new(accept ? "submit.Accept" : "submit.Deny", "yes"));
        using var form = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri("/connect/authorize", UriKind.Relative), form);
    }

    /// <summary>The whole browser part: authorize, sign in, consent; returns the code from the redirect to the application.</summary>
    public static async Task<string> AuthorizeAsync(HttpClient http, string clientId, string challenge, string userName, string password, string scope = "openid profile api offline_access")
    {
        using var first = await http.GetAsync(new Uri(AuthorizePath(clientId, challenge, scope), UriKind.Relative));
        var location = Local(first);
        if (location.StartsWith("/login", StringComparison.Ordinal))
        {
            var returnUrl = QueryHelpers.ParseQuery(new Uri("http://x" + location).Query)["ReturnUrl"].ToString();
            using var signedIn = await SignInAsync(http, userName, password, returnUrl);
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            location = Local(signedIn);
        }

        Assert.StartsWith("/connect/consent", location, StringComparison.Ordinal);
        using var consented = await ConsentAsync(http, location);
        return CodeOf(consented);
    }

    public static string CodeOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(RedirectUri, location.OriginalString, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("state-123", query["state"].ToString());
        return query["code"].ToString();
    }

    public static Task<TokenAnswer> ExchangeAsync(HttpClient http, string clientId, string code, string verifier)
        => TokenAsync(http, ("grant_type", "authorization_code"), ("client_id", clientId), ("code", code), ("redirect_uri", RedirectUri), ("code_verifier", verifier));

    public static Task<TokenAnswer> RefreshAsync(HttpClient http, string clientId, string refreshToken)
        => TokenAsync(http, ("grant_type", "refresh_token"), ("client_id", clientId), ("refresh_token", refreshToken));

    /// <summary>A redirect's target as a local path (the test server writes absolute http://localhost URLs).</summary>
    public static string Local(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}.");
        return location.IsAbsoluteUri && location.Host == "localhost" ? location.PathAndQuery : location.OriginalString;
    }

    private static string AntiforgeryToken(string html)
        => Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("No antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex Hidden();
}
