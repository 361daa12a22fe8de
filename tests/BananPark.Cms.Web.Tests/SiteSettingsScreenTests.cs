using System.Net;

namespace BananPark.Cms.Web.Tests;

/// <summary>The settings screen over HTTP: a save shows on the public site at once; only ManageSettings may use it.</summary>
public sealed class SiteSettingsScreenTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Page = "/admin/settings";

    [Fact]
    public async Task Save_NewFooterHost_ShowsOnThePublicHomePageAtOnce()
    {
        var visitor = site.NewClient();
        var cachedBefore = await visitor.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(cachedBefore, await visitor.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));
        var admin = site.NewClient();
        await Forms.SignInAsync(admin, "admin", Forms.AdminPassword);
        var fields = await FormFieldsAsync(admin);
        fields["Input.FooterHost"] = "Banan District People's Government";

        var response = await Forms.PostAsync(admin, Page, "site-settings", fields);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var home = await visitor.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Settings saved.", html, StringComparison.Ordinal);
        Assert.Contains("Chongqing Foreign Trade and Economic Relations Commerce", cachedBefore, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Host:</span> Banan District People's Government", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Chongqing Foreign Trade and Economic Relations Commerce", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_WhenTheLinkIsNotHttp_SavesNothingAndSaysWhy()
    {
        var admin = site.NewClient();
        await Forms.SignInAsync(admin, "admin", Forms.AdminPassword);
        var fields = await FormFieldsAsync(admin);
        fields["Input.IcpUrl"] = "javascript:alert(1)";
        fields["Input.FooterUndertaker"] = "Not saved";

        var response = await Forms.PostAsync(admin, Page, "site-settings", fields);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("Enter a full address starting with https:// or http://.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Settings saved.", html, StringComparison.Ordinal);
        Assert.Contains("Chongqing Investment Promotion Association", await site.NewClient().GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editor_GetsForbiddenForTheScreenAndItsPost()
    {
        await site.CreateUserAsync("settings-editor", "an editor's long password", "Editor");
        var editor = site.NewClient();
        await Forms.SignInAsync(editor, "settings-editor", "an editor's long password");
        var admin = site.NewClient();
        await Forms.SignInAsync(admin, "admin", Forms.AdminPassword);
        var fields = await FormFieldsAsync(admin);
        fields["Input.FooterHost"] = "Changed by an editor";
        fields["__RequestVerificationToken"] = await Forms.TokenAsync(editor, "/admin/change-password");

        var get = await editor.GetAsync(new Uri(Page, UriKind.Relative), TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent(fields);
        var post = await editor.PostAsync(new Uri(Page, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.DoesNotContain("Changed by an editor", await site.NewClient().GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private static Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client) => FormFields.OfAsync(client, Page, "site-settings");
}
