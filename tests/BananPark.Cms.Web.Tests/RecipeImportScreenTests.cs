using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BananPark.Cms.Web.Tests;

/// <summary>Importing a recipe from the admin: check (dry run), then confirm.</summary>
public sealed partial class RecipeImportScreenTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Path = "/admin/recipes/import";

    private const string NewGroup = """
        {
          "name": "yudong",
          "steps": [
            { "name": "Content", "data": [ {
              "ContentItemId": "4yudonggroupimport00000000", "ContentType": "Group", "DisplayText": "Yudong",
              "Latest": true, "Published": true, "Owner": "[js: parameters('AdminUserId')]",
              "TitlePart": { "Title": "Yudong" }, "Group": { "Area": { "Value": 3.5 } }, "AutoroutePart": { "Path": "groups/yudong" }
            } ] }
          ]
        }
        """;

    [Fact]
    public async Task Check_ThenConfirm_ImportsOnlyAfterConfirming()
    {
        var client = await SignedInAsync();

        var check = await CheckAsync(client, "yudong.recipe.json", NewGroup);
        var html = await check.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var before = await client.GetAsync(new Uri("/groups/yudong", UriKind.Relative), TestContext.Current.CancellationToken);
        var confirm = await Forms.PostAsync(client, Path, "import-recipe", [new("Token", Token(html))]);
        Assert.True(confirm.StatusCode == HttpStatusCode.OK, $"confirm answered {(int)confirm.StatusCode} {Forms.Location(confirm)}");
        var after = await client.GetAsync(new Uri("/groups/yudong", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("What this recipe would do", html, StringComparison.Ordinal);
        Assert.Matches(@"Content items created</th><td>1</td>", html);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Contains("Imported", await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Check_WhenRecipeIsBad_ShowsWhereAndOffersNoImport()
    {
        var client = await SignedInAsync();

        var check = await CheckAsync(client, "bad.recipe.json", NewGroup.Replace("\"Value\": 3.5", "\"Value\": \"three\"", StringComparison.Ordinal));
        var html = await check.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("bad.recipe.json, step 'Content'", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("$.steps[0].data[0].Group.Area.Value", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Token\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithAnotherUsersOrAUsedToken_IsRefused()
    {
        var admin = await SignedInAsync();
        var token = Token(await (await CheckAsync(admin, "yudong2.recipe.json", NewGroup.Replace("yudong", "yudong2", StringComparison.Ordinal).Replace("import00000000", "import00000002", StringComparison.Ordinal)))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await site.CreateUserAsync("importer", "a long password for imports", "Importer", "AccessAdminPanel", "ImportRecipes");
        var other = site.NewClient();
        await Forms.SignInAsync(other, "importer", "a long password for imports");

        var stolen = await Forms.PostAsync(other, Path, "import-recipe", [new("Token", token)]);
        var reused = await Forms.PostAsync(admin, Path, "import-recipe", [new("Token", token)]);

        Assert.Contains("has expired or was already used", await stolen.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("has expired or was already used", await reused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/groups/yudong2", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        return client;
    }

    private static async Task<HttpResponseMessage> CheckAsync(HttpClient client, string fileName, string json)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("check-recipe"), "_handler" },
            { new StringContent(await Forms.TokenAsync(client, Path)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(json)), "Recipe", fileName },
        };
        return await client.PostAsync(new Uri(Path, UriKind.Relative), form);
    }

    private static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"Token\" value=\"([0-9a-f]+)\"")]
    private static partial Regex TokenField();
}
