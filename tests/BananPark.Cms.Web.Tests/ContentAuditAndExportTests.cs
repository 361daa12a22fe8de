using System.Net;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Web.Tests;

/// <summary>The audit trail of edits (page and CSV, filtered by user) and the recipe export of items chosen in the content list.</summary>
public sealed class ContentAuditAndExportTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task AuditTrail_AfterASaveAndAPublish_ListsBothWithTheUserAndTheField()
    {
        var name = "audited-" + Guid.NewGuid().ToString("N")[..8];
        await site.CreateUserAsync(name, Password, "Editor");
        var editor = await ContentAdmin.SignedInAsync(site, name, Password);
        var id = await ContentAdmin.FindAsync(editor, "Dawning Hengsheng");
        ContentAdmin.Redirected(await ContentAdmin.EditAsync(editor, id, "save", ("Enterprise.Website.Url", "https://audit.example/one")));
        ContentAdmin.Redirected(await ContentAdmin.EditAsync(editor, id, "publish", ("Enterprise.Website.Url", "https://audit.example/two")));
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);

        var page = await admin.GetStringAsync(new Uri($"/admin/audit-trail?user={name}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<td>Edited</td>", page);
        Assert.Contains("<td>Published</td>", page);
        Assert.Contains($"<td>{name}</td>", page);
        Assert.Contains("<th scope=\"row\">Website</th>", page);
        Assert.Contains("https://audit.example/one", page);

        var csv = await admin.GetAsync(new Uri($"/admin/audit-trail/export.csv?user={name}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Time (UTC),Event,User,Content type,Item,Item id,Version id,Field,Before,After", lines[0]);
        var rows = lines.Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains($",\"{name}\",", row));
        Assert.Contains(rows, row => row.Contains(",\"Edited\",", StringComparison.Ordinal) && row.Contains(",\"Website\",", StringComparison.Ordinal) && row.Contains("https://audit.example/one", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(",\"Website\",", StringComparison.Ordinal) && row.Contains("https://audit.example/two", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.Contains(",\"Published\",", StringComparison.Ordinal));

        var adminOnly = await admin.GetStringAsync(new Uri("/admin/audit-trail/export.csv?user=admin", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(name, adminOnly);
    }

    [Fact]
    public async Task ExportSelected_ReturnsARecipeWithExactlyThoseItems()
    {
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        var chosen = new[] { await ContentAdmin.FindAsync(admin, "Chang'an Suzuki"), await ContentAdmin.FindAsync(admin, "Yingyang"), "fehw0pma25z5a9zyc3jm76bzpz" };
        var token = await Forms.TokenAsync(admin, "/admin/content");
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. chosen.Select(id => new KeyValuePair<string, string>("Selected", id))]);

        var response = await admin.PostAsync(new Uri("/admin/content/export", UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var steps = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["steps"]!.AsArray();
        var items = steps.Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray();
        Assert.Equal(chosen.Order(StringComparer.Ordinal), items.Select(i => i!["ContentItemId"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var types = steps.Single(s => s!["name"]!.GetValue<string>() == "ContentDefinition")!["ContentTypes"]!.AsArray();
        Assert.Equal(["Enterprise", "Park"], types.Select(t => t!["Name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }
}
