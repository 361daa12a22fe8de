using System.Net;
using System.Text.Json;
using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static BananPark.Cms.Web.Tests.RecipeImports;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Importing a recipe from the admin: the upload starts a check in the background (303 to its job page), the job
/// page shows its progress and then its report, the confirmation starts the import of exactly that file.
/// </summary>
public sealed class RecipeImportScreenTests(GatedAdminSite site) : IClassFixture<GatedAdminSite>
{
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

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_ThenConfirm_ImportsOnlyAfterConfirming()
    {
        var client = await SignedInAsync("admin", Forms.AdminPassword);

        var (checkPath, html) = await CheckedAsync(client, "yudong.recipe.json", NewGroup);
        var before = await client.GetAsync(new Uri("/groups/yudong", UriKind.Relative), Cancel);
        var importPath = JobPath(await ConfirmAsync(client, checkPath, Token(html)));
        var imported = await FinishedAsync(client, importPath);
        var after = await client.GetAsync(new Uri("/groups/yudong", UriKind.Relative), Cancel);

        Assert.Contains("<h1>Checked yudong.recipe.json</h1>", html, StringComparison.Ordinal);
        Assert.Contains("What this recipe would do", html, StringComparison.Ordinal);
        Assert.Matches(@"Content items created</th><td>1</td>", html);
        Assert.Matches(@"checked in <span data-job-duration>[0-9.]+ s</span>", html);
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.NotEqual(checkPath, importPath);
        Assert.Contains("<h1>Imported yudong.recipe.json</h1>", imported, StringComparison.Ordinal);
        Assert.Contains("Imported · yudong", imported, StringComparison.Ordinal);
        Assert.Matches(@"Content items created</th><td>1</td>", imported);
        Assert.Matches(@"imported in <span data-job-duration>[0-9.]+ s</span>", imported);
        Assert.DoesNotContain("name=\"Token\"", imported, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Check_WhenRecipeIsBad_ShowsWhereAndOffersNoImport()
    {
        var client = await SignedInAsync("admin", Forms.AdminPassword);

        var (_, html) = await CheckedAsync(client, "bad.recipe.json", NewGroup.Replace("\"Value\": 3.5", "\"Value\": \"three\"", StringComparison.Ordinal));

        Assert.Contains("<h1>bad.recipe.json cannot be imported</h1>", html, StringComparison.Ordinal);
        Assert.Contains("bad.recipe.json, step 'Content', item 'Yudong'", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("$.steps[0].data[0].Group.Area.Value", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Token\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirm_WithAnotherUsersOrAUsedToken_IsRefused()
    {
        var admin = await SignedInAsync("admin", Forms.AdminPassword);
        var (adminCheck, adminHtml) = await CheckedAsync(admin, "yudong2.recipe.json", Renamed("yudong2", "2"));
        var token = Token(adminHtml);
        await site.CreateUserAsync("thief", "a long password for imports", "Importer", "AccessAdminPanel", "ImportRecipes");
        var thief = await SignedInAsync("thief", "a long password for imports");
        var (thiefCheck, _) = await CheckedAsync(thief, "yudong3.recipe.json", Renamed("yudong3", "3"));

        var stolen = await ConfirmAsync(thief, thiefCheck, token);
        var foreign = await PostWithTokenFromImportPageAsync(thief, adminCheck, token);
        var notYet = await admin.GetAsync(new Uri("/groups/yudong2", UriKind.Relative), Cancel);
        await FinishedAsync(admin, JobPath(await ConfirmAsync(admin, adminCheck, token)));
        var reused = await ConfirmAsync(admin, adminCheck, token);

        Assert.Equal(HttpStatusCode.OK, stolen.StatusCode);
        Assert.Contains("has expired or was already used", await stolen.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        // The page has no job for the thief, so no form to receive the post: refused as a post to an unknown job is.
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("has expired or was already used", await reused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri("/groups/yudong3", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task Import_IsRecordedAsTheUserWhoStartedIt()
    {
        var user = await site.CreateUserAsync("recorder", "a long password for imports", "Recorder", "AccessAdminPanel", "ImportRecipes");
        var client = await SignedInAsync("recorder", "a long password for imports");

        var (checkPath, html) = await CheckedAsync(client, "yudong4.recipe.json", Renamed("yudong4", "4"));
        await FinishedAsync(client, JobPath(await ConfirmAsync(client, checkPath, Token(html))));

        var (security, audit, owner) = await site.AsAdministratorAsync(async (services, _) =>
        {
            var log = await services.GetRequiredService<CmsIdentityDbContext>().SecurityEvents.AsNoTracking()
                .Where(e => e.Kind == "RecipeImported" && e.Subject == "yudong4.recipe.json").ToListAsync(Cancel);
            var (entries, _) = await services.GetRequiredService<AuditTrail>().SearchAsync(new AuditFilter { UserName = "recorder" }, Cancel);
            var item = await services.GetRequiredService<IContentManager>().GetAsync("4yudonggroupimport00000004", VersionOptions.Latest, Cancel);
            return (log, entries, item?.Owner);
        });

        var entry = Assert.Single(security);
        Assert.Equal("recorder", entry.Actor);
        Assert.Contains("Content.Created 1", entry.Detail, StringComparison.Ordinal);
        Assert.Contains(audit, e => e.Event == AuditTrail.RecipeImportedEvent && e.DisplayText!.StartsWith("yudong4.recipe.json: 1 created", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Event == "Imported" && e.ContentItemId == "4yudonggroupimport00000004");
        Assert.Equal(user.Id, owner);
    }

    [Fact]
    public async Task Check_OfALargeRecipe_ShowsProgressBeforeItFinishes()
    {
        var client = await SignedInAsync("admin", Forms.AdminPassword);
        site.Gate.Arm();
        string running, finished;
        JsonElement progress;
        try
        {
            var jobPath = JobPath(await CheckAsync(client, "generated.recipe.json", GeneratedEnterprises.Recipe(2_000)));
            await site.Gate.Held.WaitAsync(TimeSpan.FromMinutes(2), Cancel);
            running = await client.GetStringAsync(new Uri(jobPath, UriKind.Relative), Cancel);
            progress = JsonDocument.Parse(await client.GetStringAsync(new Uri(jobPath + "/progress", UriKind.Relative), Cancel)).RootElement;
            site.Gate.Release();
            finished = await FinishedAsync(client, jobPath);
        }
        finally
        {
            site.Gate.Release();
        }

        Assert.Contains("<h1>Checking generated.recipe.json</h1>", running, StringComparison.Ordinal);
        Assert.Contains(">Step 1 of 1: Content</h2>", running, StringComparison.Ordinal);
        Assert.Contains("<progress id=\"job-progress\" max=\"2000\" value=\"500\"", running, StringComparison.Ordinal);
        Assert.Contains("<label for=\"job-progress\">Items checked</label>", running, StringComparison.Ordinal);
        Assert.Contains("500 of 2,000 items</p>", running, StringComparison.Ordinal);
        Assert.Matches("Elapsed: <span data-job-elapsed>[0-9.]+ s</span>", running);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"1\"></noscript></head>", running, StringComparison.Ordinal);
        Assert.DoesNotContain("What this recipe would do", running, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Token\"", running, StringComparison.Ordinal);
        Assert.Equal("running", progress.GetProperty("state").GetString());
        Assert.Equal(500, progress.GetProperty("itemsDone").GetInt32());
        Assert.Equal(2_000, progress.GetProperty("itemsTotal").GetInt32());
        Assert.Equal("Step 1 of 1: Content", progress.GetProperty("step").GetString());
        Assert.Matches(@"Content items created</th><td>2,000</td>", finished);
        Assert.NotEmpty(Token(finished));
    }

    [Fact]
    public async Task Check_WhileAnotherRuns_IsRefusedNamingWhoStartedItAndWhen()
    {
        var admin = await SignedInAsync("admin", Forms.AdminPassword);
        await site.CreateUserAsync("second", "a long password for imports", "Second", "AccessAdminPanel", "ImportRecipes");
        var second = await SignedInAsync("second", "a long password for imports");
        site.Gate.Arm();
        HttpResponseMessage refused;
        string banner;
        try
        {
            var jobPath = JobPath(await CheckAsync(admin, "generated.recipe.json", GeneratedEnterprises.Recipe(600)));
            await site.Gate.Held.WaitAsync(TimeSpan.FromMinutes(2), Cancel);
            refused = await CheckAsync(second, "yudong5.recipe.json", Renamed("yudong5", "5"));
            banner = await second.GetStringAsync(new Uri(ImportPath, UriKind.Relative), Cancel);
            site.Gate.Release();
            await FinishedAsync(admin, jobPath);
        }
        finally
        {
            site.Gate.Release();
        }

        var html = await refused.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("role=\"alert\">A recipe check is running, started by admin at [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC", html);
        Assert.Contains("A recipe check is running, started by admin at", banner, StringComparison.Ordinal);
        var after = await CheckedAsync(second, "yudong5.recipe.json", Renamed("yudong5", "5"));
        Assert.Contains("What this recipe would do", after.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobPage_WhenUnknownOrSomeoneElses_IsNotFound()
    {
        var admin = await SignedInAsync("admin", Forms.AdminPassword);
        var (adminCheck, _) = await CheckedAsync(admin, "yudong6.recipe.json", Renamed("yudong6", "6"));
        await site.CreateUserAsync("onlooker", "a long password for imports", "Onlooker", "AccessAdminPanel", "ImportRecipes");
        var onlooker = await SignedInAsync("onlooker", "a long password for imports");

        var unknown = await admin.GetAsync(new Uri(ImportPath + "/0123456789abcdef0123456789abcdef", UriKind.Relative), Cancel);
        var foreign = await onlooker.GetAsync(new Uri(adminCheck, UriKind.Relative), Cancel);
        var foreignProgress = await onlooker.GetAsync(new Uri(adminCheck + "/progress", UriKind.Relative), Cancel);
        var own = await admin.GetAsync(new Uri(adminCheck, UriKind.Relative), Cancel);
        var foreignPost = await PostWithTokenFromImportPageAsync(onlooker, adminCheck, "0123456789abcdef0123456789abcdef");
        var unknownPost = await PostWithTokenFromImportPageAsync(onlooker, ImportPath + "/0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await unknown.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await foreign.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("yudong6", await foreign.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, foreignProgress.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreignPost.StatusCode);
        Assert.Equal(unknownPost.StatusCode, foreignPost.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, userName, password);
        return client;
    }

    /// <summary>The one-group recipe with its own id and route, so each test imports something of its own.</summary>
    private static string Renamed(string route, string suffix)
        => NewGroup.Replace("groups/yudong", "groups/" + route, StringComparison.Ordinal)
            .Replace("import00000000", "import0000000" + suffix, StringComparison.Ordinal)
            .Replace("\"name\": \"yudong\"", $"\"name\": \"{route}\"", StringComparison.Ordinal);

    /// <summary>A confirmation posted to a page that shows the user no form (the token comes from the import page).</summary>
    private static async Task<HttpResponseMessage> PostWithTokenFromImportPageAsync(HttpClient client, string path, string token)
    {
        using var content = new FormUrlEncodedContent(
            [new("_handler", "import-recipe"), new("__RequestVerificationToken", await Forms.TokenAsync(client, ImportPath)), new("Token", token)]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
