using System.Net;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Web.Tests;

/// <summary>What Authors and Contributors may do to their own and others' content, through HTTP.</summary>
public sealed class ContentPermissionTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task Author_CreatesAndEditsOwnItem_ButIsRefusedOnAnotherUsersItem()
    {
        var author = await NewUserAsync("Author");
        var created = ContentAdmin.Redirected(await ContentAdmin.PostAsync(author, "/admin/content/new/Enterprise", "save", [new("TitlePart.Title", "Author Works Ltd")]));
        var ownId = created.Split('/')[3];
        Assert.Equal($"/admin/content/{ownId}/edit?done=saved", created);

        ContentAdmin.Redirected(await ContentAdmin.EditAsync(author, ownId, "publish", ("HtmlBodyPart.Html", "<p>Our own words.</p>")));
        Assert.Contains("Our own words.", (await ContentAdmin.StoredAsync(site, ownId, VersionOptions.Published))!.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>());

        var othersId = await ContentAdmin.FindAsync(author, "Shuguang");
        var before = await ContentAdmin.SnapshotAsync(site, othersId);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync(new Uri(ContentAdmin.EditPath(othersId), UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);

        // The refused page carries no usable form, so the post reuses the author's token from a page they may see.
        var token = await Forms.TokenAsync(author, "/admin/content");
        using var form = new FormUrlEncodedContent([
            new("_handler", ContentAdmin.EditForm), new("__RequestVerificationToken", token), new("action", "publish"),
            new("ConcurrencyStamp", ""), new("HtmlBodyPart.Html", "<p>Hijacked.</p>")]);
        var publish = await author.PostAsync(new Uri(ContentAdmin.EditPath(othersId), UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(before, await ContentAdmin.SnapshotAsync(site, othersId));
    }

    [Fact]
    public async Task Contributor_SavesOwnDraft_ButCannotPublishIt()
    {
        var contributor = await NewUserAsync("Contributor");
        var created = ContentAdmin.Redirected(await ContentAdmin.PostAsync(contributor, "/admin/content/new/Enterprise", "save", [new("TitlePart.Title", "Contributor Trading Co")]));
        var id = created.Split('/')[3];

        var page = await contributor.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("value=\"save\"", page);
        Assert.DoesNotContain("value=\"publish\"", page);

        var publish = await ContentAdmin.EditAsync(contributor, id, "publish", ("HtmlBodyPart.Html", "<p>Published by a contributor?</p>"));

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains("That action is not available to you.", await publish.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Null(await ContentAdmin.StoredAsync(site, id, VersionOptions.Published));
        Assert.DoesNotContain("Published by a contributor?", (await ContentAdmin.StoredAsync(site, id))!.Content.ToJsonString());
    }

    [Fact]
    public async Task BulkPublish_ByAContributor_SkipsEveryItemWithAReason()
    {
        var contributor = await NewUserAsync("Contributor");
        var ownId = ContentAdmin.Redirected(await ContentAdmin.PostAsync(contributor, "/admin/content/new/Enterprise", "save", [new("TitlePart.Title", "Bulk Contributor Co")])).Split('/')[3];
        var othersId = await ContentAdmin.FindAsync(contributor, "Zhongjin");
        ContentAdmin.Redirected(await AsAdminUnpublishAsync(othersId));

        var response = await Forms.PostAsync(contributor, "/admin/content", "content-bulk", [new("BulkAction", "Publish"), new("Selected", ownId), new("Selected", othersId)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("0 items published", html);
        Assert.Contains("Bulk Contributor Co: you may not publish it.", html);
        // Unpublished, so its title is a draft's: a user who may not edit it sees the id only.
        Assert.Contains($"{othersId}: you may not publish it.", html);
        Assert.DoesNotContain("Zhongjin Jewelry", html);
        Assert.Null(await ContentAdmin.StoredAsync(site, ownId, VersionOptions.Published));
        Assert.Null(await ContentAdmin.StoredAsync(site, othersId, VersionOptions.Published));
    }

    [Fact]
    public async Task AuditTrail_WithoutViewAuditTrail_Is403PageAndCsv()
    {
        var contributor = await NewUserAsync("Contributor");

        var page = await contributor.GetAsync(new Uri("/admin/audit-trail", UriKind.Relative), TestContext.Current.CancellationToken);
        var csv = await contributor.GetAsync(new Uri("/admin/audit-trail/export.csv", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, csv.StatusCode);
    }

    private async Task<HttpResponseMessage> AsAdminUnpublishAsync(string id)
    {
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        return await ContentAdmin.EditAsync(admin, id, "unpublish");
    }

    private async Task<HttpClient> NewUserAsync(string role)
    {
        var name = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, role);
        return await ContentAdmin.SignedInAsync(site, name, Password);
    }
}
