using System.Net;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Web.Tests;

/// <summary>What the content editors need from the site: the admin script, and the Markdown preview behind it.</summary>
public sealed partial class EditorEndpointsTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Preview = "/admin/api/markdown-preview";

    [Fact]
    public async Task AdminPages_LoadTheScriptFromThisSite_WithAContentHashAndALongCache()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        var page = await client.GetStringAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);

        var src = ScriptTag().Match(page);
        Assert.True(src.Success, "the admin layout has no deferred admin.js");
        var response = await site.NewClient().GetAsync(new Uri(WebUtility.HtmlDecode(src.Groups[1].Value), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var script = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-editor", script, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", script, StringComparison.Ordinal);
        Assert.DoesNotContain("https://cdn", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WithToken_ReturnsSanitizedHtml()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        using var form = new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", await Forms.TokenAsync(client, "/admin")),
            new("markdown", "## 巴南\n\n[click](javascript:alert(1)) <script>alert(2)</script> <img src=x onerror=alert(3)>"),
        ]);

        var response = await client.PostAsync(new Uri(Preview, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<h2", html, StringComparison.Ordinal);
        Assert.Contains("巴南", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WithoutToken_Is400()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("markdown", "# x")]);

        var response = await client.PostAsync(new Uri(Preview, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Preview_WithoutTheAdminPanel_IsRefused()
    {
        await site.CreateUserAsync("preview-none", "preview none password");
        var client = site.NewClient();
        await Forms.SignInAsync(client, "preview-none", "preview none password");
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("markdown", "# x")]);

        var signedIn = await client.PostAsync(new Uri(Preview, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var anonymous = await site.NewClient().PostAsync(new Uri(Preview, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/login", Forms.Location(anonymous), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script src=\"(/admin-assets/admin\\.js\\?v=[0-9a-f]{12})\" defer")]
    private static partial Regex ScriptTag();
}
