using System.Net;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Web.Tests;

/// <summary>Posts the site's server-rendered forms the way a browser does: token from the page, cookies kept by the client.</summary>
internal static partial class Forms
{
    public const string AdminPassword = "correct horse battery staple";

    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return Token().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var pagePath = path.Split('?')[0];
        var values = new List<KeyValuePair<string, string>> { new("_handler", handler) };
        if (withToken)
        {
            values.Add(new("__RequestVerificationToken", await TokenAsync(client, pagePath)));
        }

        values.AddRange(fields);
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password, string? returnUrl = null)
        => PostAsync(client, returnUrl is null ? "/login" : $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            [new("Input.UserName", userName), new("Input.Password", password)]);

    /// <summary>
    /// Where a redirect goes, as a local path. Server-rendered pages write absolute same-site URLs
    /// (http://localhost/…, or the loopback address of a real test server); a URL to any other host is returned whole, so it can never pass as local.
    /// </summary>
    public static string? Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location;
        if (location is null || !location.IsAbsoluteUri)
        {
            return location?.OriginalString;
        }

        return location.IsLoopback && location.Scheme == "http" ? location.PathAndQuery : location.OriginalString;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
