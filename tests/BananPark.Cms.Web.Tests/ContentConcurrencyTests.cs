using System.Net;

namespace BananPark.Cms.Web.Tests;

/// <summary>Two editors on one item: the second save with a stale stamp is stopped, shown the difference, and keeps its text.</summary>
public sealed class ContentConcurrencyTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task Save_WithAStaleStamp_ShowsTheConflictKeepsTheTextAndSavesNothing_ThenSavesOnRetry()
    {
        var first = await EditorAsync();
        var second = await EditorAsync();
        var id = await ContentAdmin.FindAsync(first, "Guangyu");
        var firstStamp = ContentAdmin.Stamp(await first.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken));
        var secondStamp = ContentAdmin.Stamp(await second.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Equal(firstStamp, secondStamp);

        ContentAdmin.Redirected(await ContentAdmin.PostAsync(first, ContentAdmin.EditPath(id), "save", [new("HtmlBodyPart.Html", "<p>Words of the first editor.</p>")], firstStamp));
        var afterFirst = await ContentAdmin.SnapshotAsync(site, id);

        var conflict = await ContentAdmin.PostAsync(second, ContentAdmin.EditPath(id), "save", [new("HtmlBodyPart.Html", "<p>Words of the second editor.</p>")], secondStamp);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Someone else saved this item while you were editing", html);
        Assert.Contains("<th scope=\"row\">Body</th>", html);
        Assert.Contains("Words of the second editor.", html);
        Assert.Equal(afterFirst, await ContentAdmin.SnapshotAsync(site, id));
        var freshStamp = ContentAdmin.Stamp(html);
        Assert.NotEqual(secondStamp, freshStamp);

        ContentAdmin.Redirected(await ContentAdmin.PostAsync(second, ContentAdmin.EditPath(id), "save", [new("HtmlBodyPart.Html", "<p>Words of the second editor.</p>")], freshStamp));

        Assert.Contains("Words of the second editor.", (await ContentAdmin.StoredAsync(site, id))!.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>());
    }

    private async Task<HttpClient> EditorAsync()
    {
        var name = "editor-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, "Editor");
        return await ContentAdmin.SignedInAsync(site, name, Password);
    }
}
