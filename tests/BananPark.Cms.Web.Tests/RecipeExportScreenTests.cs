using System.Net;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Web.Tests;

/// <summary>Exporting from the admin: the chosen content types and steps, as a recipe file.</summary>
public sealed class RecipeExportScreenTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Page = "/admin/recipes/export";
    private const string Download = "/admin/recipes/export/download";

    [Fact]
    public async Task Download_WithChosenTypesAndSteps_ExportsOnlyThose()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);

        var response = await PostAsync(client, [new("Types", "Enterprise"), new("Steps", "ContentDefinition"), new("Steps", "Content")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".recipe.json", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var steps = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["steps"]!.AsArray();
        Assert.Equal(["ContentDefinition", "Content"], steps.Select(s => s!["name"]!.GetValue<string>()));
        Assert.Equal(["Enterprise"], steps[0]!["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()));
        Assert.Equal(["Enterprise"], steps[0]!["ContentParts"]!.AsArray().Select(p => p!["Name"]!.GetValue<string>()));
        var items = steps[1]!["data"]!.AsArray();
        Assert.Equal(19, items.Count);
        Assert.All(items, i => Assert.Equal("Enterprise", i!["ContentType"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Download_WithoutExportRecipes_Is403()
    {
        await site.CreateUserAsync("no-export", "a password without export", "Viewer", "AccessAdminPanel");
        var client = site.NewClient();
        await Forms.SignInAsync(client, "no-export", "a password without export");
        var admin = site.NewClient();
        await Forms.SignInAsync(admin, "admin", Forms.AdminPassword);
        var token = await Forms.TokenAsync(admin, Page);
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Steps", "Content")]);

        var response = await client.PostAsync(new Uri(Download, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Download_WithoutAntiforgeryToken_Is400()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        using var form = new FormUrlEncodedContent([new KeyValuePair<string, string>("Steps", "Content")]);

        var response = await client.PostAsync(new Uri(Download, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", await Forms.TokenAsync(client, Page)), .. fields]);
        return await client.PostAsync(new Uri(Download, UriKind.Relative), form);
    }
}
