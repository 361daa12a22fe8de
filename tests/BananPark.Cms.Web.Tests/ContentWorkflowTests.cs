using System.Globalization;
using System.Net;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Web.Tests;

/// <summary>An Editor's day through HTTP: find, edit, save a draft, publish, unpublish, trash and restore, clone, schedule.</summary>
public sealed class ContentWorkflowTests(AdminSite site) : IClassFixture<AdminSite>, IAsyncLifetime
{
    private const string Password = "an editor's long password";
    private HttpClient _editor = null!;
    private readonly HttpClient _visitor = site.NewClient();

    public async ValueTask InitializeAsync()
    {
        var name = "wf-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, "Editor");
        _editor = await ContentAdmin.SignedInAsync(site, name, Password);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Publish_AfterADraft_ShowsTheNewTextOnTheCachedPublicPageAtOnce()
    {
        const string PublicPath = "/enterprises/zongshen-group";
        var id = await ContentAdmin.FindAsync(_editor, "Zongshen");
        ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "publish", ("HtmlBodyPart.Html", "<p>Motorcycles since 1992.</p>")));
        Assert.Contains("Motorcycles since 1992.", await PublicAsync(PublicPath));

        var saved = ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "save", ("HtmlBodyPart.Html", "<p>Engines for the world.</p>")));

        Assert.Equal($"/admin/content/{id}/edit?done=saved", saved);
        var afterDraft = await PublicAsync(PublicPath);
        Assert.Contains("Motorcycles since 1992.", afterDraft);
        Assert.DoesNotContain("Engines for the world.", afterDraft);

        var published = ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "publish"));

        Assert.Equal($"/admin/content/{id}/edit?done=published", published);
        var afterPublish = await PublicAsync(PublicPath);
        Assert.Contains("Engines for the world.", afterPublish);
        Assert.DoesNotContain("Motorcycles since 1992.", afterPublish);
    }

    [Fact]
    public async Task Unpublish_ThenDeleteAndRestore_GoesOffTheSiteAndComesBackAsADraft()
    {
        const string PublicPath = "/enterprises/blue-moon";
        var id = await ContentAdmin.FindAsync(_editor, "Blue Moon");
        Assert.Equal(HttpStatusCode.OK, (await _visitor.GetAsync(new Uri(PublicPath, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "unpublish"));

        Assert.Equal(HttpStatusCode.NotFound, (await _visitor.GetAsync(new Uri(PublicPath, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        var trash = ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "delete"));

        Assert.Equal($"/admin/content/trash?deleted={id}", trash);
        Assert.Contains("Blue Moon", await _editor.GetStringAsync(new Uri("/admin/content/trash", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, (await _editor.GetAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        var restored = await Forms.PostAsync(_editor, "/admin/content/trash", "restore-item", [new("Restore", id)]);

        Assert.True(restored.IsSuccessStatusCode || restored.StatusCode == HttpStatusCode.Redirect, $"Restore answered {(int)restored.StatusCode}.");
        var item = await ContentAdmin.StoredAsync(site, id);
        Assert.NotNull(item);
        Assert.False(item.Published);
        Assert.Null(await ContentAdmin.StoredAsync(site, id, VersionOptions.Published));
        Assert.Equal(HttpStatusCode.OK, (await _editor.GetAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _visitor.GetAsync(new Uri(PublicPath, UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Clone_CreatesADraftCopy()
    {
        var id = await ContentAdmin.FindAsync(_editor, "Hanjia");

        var location = ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "clone"));

        var copyId = location.Split('/')[3];
        Assert.Equal($"/admin/content/{copyId}/edit?done=cloned", location);
        Assert.NotEqual(id, copyId);
        var copy = await ContentAdmin.StoredAsync(site, copyId);
        Assert.NotNull(copy);
        Assert.Equal("Enterprise", copy.ContentType);
        Assert.False(copy.Published);
        Assert.Contains("Hanjia", copy.DisplayText, StringComparison.Ordinal);
        Assert.True((await ContentAdmin.StoredAsync(site, id))!.Published);
    }

    [Fact]
    public async Task Schedule_InTheFuture_StoresItAndShowsScheduled()
    {
        var id = await ContentAdmin.FindAsync(_editor, "Boshun");
        var when = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var location = ContentAdmin.Redirected(await ContentAdmin.EditAsync(_editor, id, "schedule", ("ScheduleAt", when)));

        Assert.Equal($"/admin/content/{id}/edit?done=scheduled", location);
        var item = await ContentAdmin.StoredAsync(site, id);
        Assert.NotNull(item?.As<PublishLaterPart>()?.ScheduledPublishUtc);
        Assert.True(item!.As<PublishLaterPart>()!.ScheduledPublishUtc > DateTime.UtcNow.AddDays(2));
        Assert.Contains(">Scheduled ", await _editor.GetStringAsync(new Uri(location, UriKind.Relative), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Schedule_InThePast_GivesAFieldMessageAndSavesNothing()
    {
        var id = await ContentAdmin.FindAsync(_editor, "Ninghui");
        var before = await ContentAdmin.SnapshotAsync(site, id);
        var when = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var response = await ContentAdmin.EditAsync(_editor, id, "schedule", ("ScheduleAt", when), ("HtmlBodyPart.Html", "<p>Too late.</p>"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Publish later: choose a time in the future.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, await ContentAdmin.SnapshotAsync(site, id));
    }

    [Fact]
    public async Task EditPage_OfAnEnterprise_RendersLabelsWithoutRazorSource()
    {
        var id = await ContentAdmin.FindAsync(_editor, "Huike Jinyang");

        var html = await _editor.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Matches(@"<label for=""ed-Enterprise-Website-text"">\s*Link text\s*</label>", html);
        Assert.DoesNotContain("@if", html, StringComparison.Ordinal);
        Assert.DoesNotContain("LinkTextMode", html, StringComparison.Ordinal);
    }

    private async Task<string> PublicAsync(string path)
    {
        var response = await _visitor.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }
}
