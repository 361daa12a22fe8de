using System.Net;
using System.Text;

namespace BananPark.Cms.Api.Tests;

/// <summary>Every hostile body of the issue: a clear 4xx with a problem document, nothing written.</summary>
public sealed class ContentBadInputTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Theory]
    [InlineData("{\"ContentType\":\"Enterprise\",", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    [InlineData("{\"ContentType\":\"Enterprise\",\"ContentType\":\"Cluster\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"ContentType\":\"NoSuchType\"}", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"ContentType\":\"Enterprise\",\"ContentItemId\":\"chosen-by-me\"}", HttpStatusCode.BadRequest)]
    public async Task Create_WithABadBody_IsAProblemAndWritesNothing(string body, HttpStatusCode expected)
    {
        using var admin = await ApiClient.AdminAsync(site);
        var before = await site.CountAsync("Enterprise");

        var response = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", body);

        await ApiClient.JsonAsync(response, expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await site.CountAsync("Enterprise"));
    }

    [Fact]
    public async Task Create_With10MegabyteBody_Is413()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var body = ApiClient.NewEnterprise("Huge", $"\"HtmlBodyPart\":{{\"Html\":\"{new string('a', 10 * 1024 * 1024)}\"}}");

        var response = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_With10000NestedLevels_Is400()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var deep = new StringBuilder("{\"ContentType\":\"Enterprise\",\"Deep\":");
        deep.Append(string.Concat(Enumerable.Repeat("[", 10_000))).Append(string.Concat(Enumerable.Repeat("]", 10_000))).Append('}');

        var response = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", deep.ToString());

        var problem = await ApiClient.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("nested deeper", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithUnknownFields_KeepsThem_AsRecipesDo()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var body = ApiClient.NewEnterprise("Unknown Fields Kept",
            "\"Enterprise\":{\"CrmRef\":{\"Text\":\"CRM-42\"},\"Website\":{\"Url\":\"https://example.org/\",\"Text\":\"x\",\"Rel\":\"partner\"}},\"SyncedAt\":\"2026-01-01\"");

        var item = await ApiClient.JsonAsync(await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", body), HttpStatusCode.Created);
        var stored = await site.StoredAsync(item["ContentItemId"]!.GetValue<string>());

        Assert.Equal("CRM-42", stored!.Content["Enterprise"]!["CrmRef"]!["Text"]!.GetValue<string>());
        Assert.Equal("partner", stored.Content["Enterprise"]!["Website"]!["Rel"]!.GetValue<string>());
        Assert.Equal("2026-01-01", stored.Content["SyncedAt"]!.GetValue<string>());
        Assert.Equal("CRM-42", item["Enterprise"]!["CrmRef"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Create_WithAPartNobodyDefined_Is422NamingIt_AsRecipesAre()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var before = await site.CountAsync("Enterprise");

        var response = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Undefined Part", "\"PartnerPart\":{\"Ref\":\"x\"}"));

        var problem = await ApiClient.JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == "$.PartnerPart");
        Assert.Equal(before, await site.CountAsync("Enterprise"));
    }

    [Theory]
    [InlineData("\"Enterprise\":{\"Website\":\"https://not-an-object.example\"}", "$.Enterprise.Website")]
    [InlineData("\"Enterprise\":{\"Website\":{\"Url\":\"javascript:alert(1)\",\"Text\":\"x\"}}", "$.Enterprise.Website")]
    public async Task Create_WithAFieldOfTheWrongShapeOrAScriptLink_Is422WithItsPath(string extra, string path)
    {
        using var admin = await ApiClient.AdminAsync(site);
        var before = await site.CountAsync("Enterprise");

        var response = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Bad Field Co", extra));

        var problem = await ApiClient.JsonAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>().StartsWith(path, StringComparison.Ordinal));
        Assert.Equal(before, await site.CountAsync("Enterprise"));
    }

    [Fact]
    public async Task Publish_OnARouteThatIsTaken_IsAProblemAndPublishesNothing()
    {
        using var admin = await ApiClient.AdminAsync(site);
        using var anonymous = site.NewClient();
        var taken = (await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, "/api/content?type=Enterprise&limit=1&fields=AutoroutePart")))["items"]![0]!["AutoroutePart"]!["Path"]!.GetValue<string>();
        var body = ApiClient.NewEnterprise("Route Thief", $"\"AutoroutePart\":{{\"Path\":\"{taken}\"}}");
        var before = await site.CountAsync("Enterprise");

        var direct = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content?publish=true", body);
        Assert.Equal(before, await site.CountAsync("Enterprise"));
        var draft = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", body);
        var id = draft.IsSuccessStatusCode ? (await ApiClient.JsonAsync(draft, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>() : null;

        Assert.True(direct.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity, $"Got {direct.StatusCode}.");
        Assert.Contains("$.AutoroutePart.Path", await direct.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        if (id is not null)
        {
            var publish = await ApiClient.SendAsync(admin, HttpMethod.Post, $"/api/content/{id}/publish");
            Assert.Equal(HttpStatusCode.Conflict, publish.StatusCode);
            Assert.Null(await site.StoredAsync(id, Core.ContentManagement.VersionOptions.Published));
        }
    }

    [Fact]
    public async Task Create_AsFormOrText_Is415()
    {
        using var admin = await ApiClient.AdminAsync(site);

        var response = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Text Body"), mediaType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
