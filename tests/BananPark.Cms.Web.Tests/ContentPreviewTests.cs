using System.Net;

namespace BananPark.Cms.Web.Tests;

/// <summary>The preview shows a draft to those who may see it, and to nobody else: not to visitors, not to search engines, not to the output cache.</summary>
public sealed class ContentPreviewTests(AdminSite site) : IClassFixture<AdminSite>, IAsyncLifetime
{
    private const string PublicPath = "/enterprises/heng-an-paper-industry";
    private const string Password = "a long enough password";
    private HttpClient _editor = null!;
    private string _id = "";

    public async ValueTask InitializeAsync()
    {
        var name = "preview-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, "Editor");
        _editor = await ContentAdmin.SignedInAsync(site, name, Password);
        _id = await ContentAdmin.FindAsync(_editor, "Heng'an");
        ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, _id, "publish", ("HtmlBodyPart.Html", "<p>Tissues for every home.</p>")));
        ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, _id, "save", ("HtmlBodyPart.Html", "<p>Secret draft about a merger.</p>")));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private string PreviewPath => $"/admin/content/{_id}/preview";

    [Fact]
    public async Task Preview_OfADraft_ShowsItUncachedAndUnindexed_WhileThePublicPageDoesNot()
    {
        var visitor = site.NewClient();
        Assert.DoesNotContain("Secret draft", await visitor.GetStringAsync(new Uri(PublicPath, UriKind.Relative), TestContext.Current.CancellationToken));

        var preview = await _editor.GetAsync(new Uri(PreviewPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Secret draft about a merger.", await preview.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(preview.Headers.CacheControl!.NoStore);
        Assert.Contains("noindex", string.Join(",", preview.Headers.GetValues("X-Robots-Tag")));
        var publicPage = await site.NewClient().GetStringAsync(new Uri(PublicPath, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("Tissues for every home.", publicPage);
        Assert.DoesNotContain("Secret draft", publicPage);
    }

    [Fact]
    public async Task Preview_Anonymously_RedirectsToSignIn()
    {
        var response = await site.NewClient().GetAsync(new Uri(PreviewPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", Forms.Location(response), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret draft", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Preview_WithoutPreviewPermission_Is403()
    {
        var name = "nopreview-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, "Reader", "AccessAdminPanel", "ViewContent");
        var reader = await ContentAdmin.SignedInAsync(site, name, Password);

        var response = await reader.GetAsync(new Uri(PreviewPath, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Secret draft", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
