using System.Net;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Access control (ASVS V8): what users who may only view others' items (Contributors, Authors) learn of another
/// user's unpublished draft through the admin: its versions and diff, the content list, its search, the
/// dashboard and the bulk actions' messages. The per-URL matrix is in <see cref="AuthorizationMatrixTests"/>.
/// </summary>
public sealed class AccessControlSecurityTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Theory]
    [InlineData("Contributor")]
    [InlineData("Author")]
    public async Task Versions_WithFromAndToOfAnotherUsersDraft_Is403WithoutTheDraft(string role)
    {
        var draft = await OthersDraft.CreateAsync(site, "versions" + role);
        var client = await OthersDraft.SignedInAsync(site, role);

        var response = await client.GetAsync(new Uri($"/admin/content/{draft.Id}/versions?from={draft.VersionIds[0]}&to={draft.VersionIds[1]}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        draft.AssertNotShown(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "The versions page");
    }

    [Theory]
    [InlineData("Contributor")]
    [InlineData("Author")]
    public async Task ContentList_ForAUserWhoMayNotEditTheItem_ShowsThePublishedTitleNotTheDraft(string role)
    {
        var draft = await OthersDraft.CreateAsync(site, "list" + role);
        var client = await OthersDraft.SignedInAsync(site, role);

        var list = await client.GetStringAsync(new Uri("/admin/content?sort=modified", UriKind.Relative), TestContext.Current.CancellationToken);
        var byDraftTitle = await client.GetStringAsync(new Uri($"/admin/content?q={Uri.EscapeDataString(draft.DraftTitle)}", UriKind.Relative), TestContext.Current.CancellationToken);
        var byDraftWords = await client.GetStringAsync(new Uri($"/admin/content?q={Uri.EscapeDataString(draft.DraftWords)}", UriKind.Relative), TestContext.Current.CancellationToken);
        var drafts = await client.GetStringAsync(new Uri("/admin/content?status=draft", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(draft.PublishedTitle, list, StringComparison.Ordinal);
        draft.AssertNotShown(list, "The content list");
        Assert.DoesNotContain(draft.Id, byDraftTitle, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Id, byDraftWords, StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Id, drafts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentList_ForAnEditor_ShowsTheDraftTitle()
    {
        var draft = await OthersDraft.CreateAsync(site, "listEditor");
        var editor = await OthersDraft.SignedInAsync(site, "Editor");

        var list = await editor.GetStringAsync(new Uri($"/admin/content?q={Uri.EscapeDataString(draft.DraftWords)}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(draft.DraftTitle, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_ForAContributor_ListsNoOtherUsersDraft()
    {
        var draft = await OthersDraft.CreateAsync(site, "dashboard");
        var client = await OthersDraft.SignedInAsync(site, "Contributor");

        var dashboard = await client.GetStringAsync(new Uri("/admin", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains(draft.PublishedTitle, dashboard, StringComparison.Ordinal);
        draft.AssertNotShown(dashboard, "The dashboard");
    }

    [Fact]
    public async Task BulkPublish_OfAnotherUsersDraft_IsRefusedWithoutNamingTheDraft()
    {
        var draft = await OthersDraft.CreateAsync(site, "bulk");
        var client = await OthersDraft.SignedInAsync(site, "Author");

        var response = await Forms.PostAsync(client, "/admin/content", "content-bulk", [new("BulkAction", "Publish"), new("Selected", draft.Id)]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains($"{draft.PublishedTitle}: you may not publish it.", html, StringComparison.Ordinal);
        draft.AssertNotShown(html, "The bulk result");
        Assert.Equal(draft.Snapshot, await ContentAdmin.SnapshotAsync(site, draft.Id));
    }
}
