using System.Net;

namespace BananPark.Cms.Api.Tests;

/// <summary>Create, replace, patch, publish, unpublish and delete, with If-Match and the audit trail.</summary>
public sealed class ContentWriteTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task Create_IsADraftUntilPublished_AndEachWriteIsAudited()
    {
        using var admin = await ApiClient.AdminAsync(site);
        using var anonymous = site.NewClient();
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Draft First Ltd"));
        var item = await ApiClient.JsonAsync(created, HttpStatusCode.Created);
        var id = item["ContentItemId"]!.GetValue<string>();
        Assert.Equal($"/api/content/{id}?draft=true", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await ApiClient.GetAsync(anonymous, $"/api/content/{id}")).StatusCode);

        var published = await ApiClient.SendAsync(admin, HttpMethod.Post, $"/api/content/{id}/publish", ifMatch: ApiClient.ETag(created));
        await ApiClient.JsonAsync(published);
        var read = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, $"/api/content/{id}"));

        Assert.True(read["Published"]!.GetValue<bool>());
        var events = (await site.AuditAsync(id)).Select(e => (e.Event, e.UserName)).ToList();
        Assert.Contains(("Created", "admin"), events);
        Assert.Contains(("Published", "admin"), events);
    }

    [Fact]
    public async Task Replace_WithCurrentETag_SavesAndAStaleOneIs412WithNothingLost()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content?publish=true", ApiClient.NewEnterprise("Concurrency Co"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();
        var first = ApiClient.ETag(created);

        var replaced = await ApiClient.SendAsync(admin, HttpMethod.Put, $"/api/content/{id}", ApiClient.NewEnterprise("Concurrency Co Renamed"), first);
        await ApiClient.JsonAsync(replaced);
        var second = ApiClient.ETag(replaced);
        Assert.NotEqual(first, second);
        var before = await site.VersionsAsync(id);

        var stale = await ApiClient.SendAsync(admin, HttpMethod.Put, $"/api/content/{id}", ApiClient.NewEnterprise("Lost Update"), first);

        await ApiClient.JsonAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(second, ApiClient.ETag(stale));
        Assert.Equal(before, await site.VersionsAsync(id));
        Assert.Equal("Concurrency Co Renamed", (await site.StoredAsync(id))!.DisplayText);
    }

    [Fact]
    public async Task Update_WithoutIfMatch_Is428()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var id = await CreateAsync(admin, "Precondition Ltd");

        var put = await ApiClient.SendAsync(admin, HttpMethod.Put, $"/api/content/{id}", ApiClient.NewEnterprise("No Match"));
        var patch = await ApiClient.SendAsync(admin, HttpMethod.Patch, $"/api/content/{id}", """{"TitlePart":{"Title":"No Match"}}""", mediaType: "application/merge-patch+json");

        Assert.Equal((HttpStatusCode)428, put.StatusCode);
        Assert.Equal((HttpStatusCode)428, patch.StatusCode);
        Assert.Equal("Precondition Ltd", (await site.StoredAsync(id))!.DisplayText);
    }

    [Fact]
    public async Task Patch_MergesIntoTheLatestVersion_KeepingWhatItDoesNotName()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content",
            ApiClient.NewEnterprise("Patch Works", "\"HtmlBodyPart\":{\"Html\":\"<p>Kept body.</p>\"}"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();

        var patched = await ApiClient.SendAsync(admin, HttpMethod.Patch, $"/api/content/{id}",
            """{"TitlePart":{"Title":"Patch Works Better"},"Enterprise":{"Website":{"Url":"https://example.org/","Text":"Site"}}}""", ApiClient.ETag(created), "application/merge-patch+json");
        var item = await ApiClient.JsonAsync(patched);

        Assert.Equal("Patch Works Better", item["DisplayText"]!.GetValue<string>());
        Assert.Equal("https://example.org/", item["Enterprise"]!["Website"]!["Url"]!.GetValue<string>());
        Assert.Contains("Kept body.", item["HtmlBodyPart"]!["Html"]!.GetValue<string>());
    }

    [Fact]
    public async Task Patch_ChangingTheTypeOrOwner_Is400()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Fixed Type Ltd"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();

        var type = await ApiClient.SendAsync(admin, HttpMethod.Patch, $"/api/content/{id}", """{"ContentType":"Cluster"}""", ApiClient.ETag(created), "application/merge-patch+json");
        var owner = await ApiClient.SendAsync(admin, HttpMethod.Patch, $"/api/content/{id}", """{"Owner":"someone-else"}""", ApiClient.ETag(created), "application/merge-patch+json");

        Assert.Contains("$.ContentType", (await ApiClient.JsonAsync(type, HttpStatusCode.BadRequest)).ToJsonString());
        Assert.Contains("$.Owner", (await ApiClient.JsonAsync(owner, HttpStatusCode.BadRequest)).ToJsonString());
        Assert.Equal("Enterprise", (await site.StoredAsync(id))!.ContentType);
    }

    [Fact]
    public async Task UnpublishThenDelete_TakesItOffThenToTheTrash()
    {
        using var admin = await ApiClient.AdminAsync(site);
        using var anonymous = site.NewClient();
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content?publish=true", ApiClient.NewEnterprise("Short Lived Ltd"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();

        var unpublished = await ApiClient.JsonAsync(await ApiClient.SendAsync(admin, HttpMethod.Post, $"/api/content/{id}/unpublish"));
        Assert.False(unpublished["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await ApiClient.GetAsync(anonymous, $"/api/content/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.PreconditionFailed, (await ApiClient.SendAsync(admin, HttpMethod.Delete, $"/api/content/{id}", ifMatch: "\"stale\"")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ApiClient.SendAsync(admin, HttpMethod.Delete, $"/api/content/{id}")).StatusCode);
        Assert.Null(await site.StoredAsync(id));
        Assert.Contains(await site.AuditAsync(id), e => e.Event == "Deleted");
        Assert.Equal(HttpStatusCode.NotFound, (await ApiClient.SendAsync(admin, HttpMethod.Delete, $"/api/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task GetDraft_GivesTheLatestVersionsETag_ThePublishedOneKeepsItsOwn()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content?publish=true", ApiClient.NewEnterprise("Two Versions Ltd"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();
        var draft = await ApiClient.SendAsync(admin, HttpMethod.Put, $"/api/content/{id}", ApiClient.NewEnterprise("Two Versions Ltd (draft)"), ApiClient.ETag(created));
        await ApiClient.JsonAsync(draft);

        var latest = await ApiClient.GetAsync(admin, $"/api/content/{id}?draft=true");
        var published = await ApiClient.GetAsync(admin, $"/api/content/{id}");

        Assert.Equal("Two Versions Ltd (draft)", (await ApiClient.JsonAsync(latest))["DisplayText"]!.GetValue<string>());
        Assert.Equal("Two Versions Ltd", (await ApiClient.JsonAsync(published))["DisplayText"]!.GetValue<string>());
        Assert.Equal(ApiClient.ETag(draft), ApiClient.ETag(latest));
        Assert.NotEqual(ApiClient.ETag(latest), ApiClient.ETag(published));
        Assert.True(latest.Headers.CacheControl?.NoStore);
        Assert.False(latest.Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task GetByRoute_FindsThePublishedItemAtItsPath()
    {
        using var anonymous = site.NewClient();
        var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, "/api/content?type=Enterprise&limit=1&fields=AutoroutePart"));
        var path = page["items"]![0]!["AutoroutePart"]!["Path"]!.GetValue<string>();

        var item = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, "/api/content/by-route?path=/" + path));

        Assert.Equal(page["items"]![0]!["ContentItemId"]!.GetValue<string>(), item["ContentItemId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await ApiClient.GetAsync(anonymous, "/api/content/by-route?path=/no/such/page")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiClient.GetAsync(anonymous, "/api/content/by-route")).StatusCode);
    }

    private static async Task<string> CreateAsync(HttpClient client, string title)
        => (await ApiClient.JsonAsync(await ApiClient.SendAsync(client, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise(title)), HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();
}
