using System.Net;
using System.Text.RegularExpressions;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>Drives the OpenID admin screens as a browser does: sign in, read the page's antiforgery token, post a named form.</summary>
public static partial class AdminForms
{
    /// <summary>A client signed in as <paramref name="userName"/> (cookies kept, redirects not followed).</summary>
    public static async Task<HttpClient> SignedInAsync(OpenIdSite site, string userName, string password)
    {
        var http = site.NewClient();
        using var signedIn = await OAuthClient.SignInAsync(http, userName, password, "/admin");
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return http;
    }

    /// <summary>Posts the form <paramref name="formName"/> of the page at <paramref name="path"/>, with the page's token unless told otherwise.</summary>
    public static async Task<(HttpStatusCode Status, string Html, HttpResponseMessage Response)> PostAsync(
        HttpClient http, string path, string formName, IEnumerable<(string Name, string Value)> fields, bool withToken = true)
    {
        var values = new List<KeyValuePair<string, string>> { new("_handler", formName) };
        if (withToken)
        {
            var page = await http.GetStringAsync(new Uri(path, UriKind.Relative));
            values.Add(new("__RequestVerificationToken", Token().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.")));
        }

        values.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var content = new FormUrlEncodedContent(values);
        var response = await http.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>The client secret a page shows, or null when it shows none.</summary>
    public static string? SecretShown(string html)
        => Secret().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    /// <summary>The text of the field problem the page shows for <paramref name="field"/>, or null.</summary>
    public static string? Problem(string html, string field)
        => Regex.Match(html, $"id=\"{Regex.Escape(field)}-problem\">([^<]*)<") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("id=\"client-secret\">([^<]+)<")]
    private static partial Regex Secret();
}
