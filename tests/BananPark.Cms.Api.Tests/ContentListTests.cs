using System.Net;

namespace BananPark.Cms.Api.Tests;

/// <summary>GET /api/content: filters, order, cursor pages, fields and expand, as anonymous and signed-in callers.</summary>
public sealed class ContentListTests(ApiSite site) : IClassFixture<ApiSite>
{
    private const string DisplayCluster = "9e1yebvs9pyd7jptpqy4ryf79q";

    [Fact]
    public async Task List_ByType_WalksEveryPageOnceInTitleOrder()
    {
        using var client = site.NewClient();
        var titles = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/content?type=Enterprise&limit=7" + (cursor is null ? "" : "&cursor=" + cursor)));
            var items = page["items"]!.AsArray();
            Assert.All(items, i => Assert.Equal("Enterprise", i!["ContentType"]!.GetValue<string>()));
            titles.AddRange(items.Select(i => i!["DisplayText"]!.GetValue<string>()));
            cursor = page["next"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null && pages < 20);

        Assert.True(titles.Count >= 19, $"Only {titles.Count} enterprises listed.");
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(titles.Order(StringComparer.CurrentCultureIgnoreCase), titles, StringComparer.Ordinal);
    }

    [Fact]
    public async Task List_ByContainer_ShowsOnlyThatClustersEnterprises()
    {
        using var client = site.NewClient();
        var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, $"/api/content?type=Enterprise&container={DisplayCluster}&limit=100"));

        var items = page["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(DisplayCluster, i!["ContainedPart"]!["ListContentItemId"]!.GetValue<string>()));
        Assert.Null(page["next"]);
    }

    [Fact]
    public async Task List_WithFieldFilterAndExpand_FindsThePickedGroupAndContainer()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var groups = await ApiClient.JsonAsync(await ApiClient.GetAsync(admin, "/api/content?type=Group&limit=1"));
        var groupId = groups["items"]![0]!["ContentItemId"]!.GetValue<string>();
        var title = "Filter Works " + Guid.NewGuid().ToString("N")[..6];
        var body = ApiClient.NewEnterprise(title, $$$"""
            "Enterprise":{"Group":{"ContentItemIds":["{{{groupId}}}"]}},"ContainedPart":{"ListContentItemId":"{{{DisplayCluster}}}","Order":99}
            """);
        await ApiClient.JsonAsync(await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content?publish=true", body), HttpStatusCode.Created);

        using var anonymous = site.NewClient();
        var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, $"/api/content?type=Enterprise&field.Enterprise.Group={groupId}&expand=picked,container"));

        var items = page["items"]!.AsArray();
        Assert.Contains(items, i => i!["DisplayText"]!.GetValue<string>() == title);
        Assert.All(items, i => Assert.Contains(groupId, i!["Enterprise"]!["Group"]!["ContentItemIds"]!.AsArray().Select(x => x!.GetValue<string>())));
        var included = page["included"]!.AsArray().Select(i => i!["ContentItemId"]!.GetValue<string>()).ToList();
        Assert.Contains(groupId, included);
        Assert.Contains(DisplayCluster, included);
    }

    [Fact]
    public async Task List_WithFields_KeepsOnlyWhatIsNamed()
    {
        using var client = site.NewClient();
        var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/content?type=Enterprise&limit=3&fields=DisplayText,AutoroutePart,Enterprise.Website"));

        foreach (var item in page["items"]!.AsArray().Select(i => i!.AsObject()))
        {
            Assert.Equal(["AutoroutePart", "ContentItemId", "ContentType", "DisplayText", "Enterprise"], item.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal(["Website"], item["Enterprise"]!.AsObject().Select(p => p.Key));
        }
    }

    [Fact]
    public async Task List_SearchAndSort_FindsByWordsNewestFirst()
    {
        using var client = site.NewClient();
        var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/content?q=cluster&sort=-modified&limit=50"));

        var items = page["items"]!.AsArray();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Contains("cluster", i!.ToJsonString(), StringComparison.OrdinalIgnoreCase));
        var modified = items.Select(i => i!["ModifiedUtc"]!.GetValue<DateTime>()).ToList();
        Assert.Equal(modified.OrderDescending(), modified);
    }

    [Fact]
    public async Task List_Drafts_OnlyForSignedInCallersAndOnlyTheirOwn()
    {
        using var anonymous = site.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await ApiClient.GetAsync(anonymous, "/api/content?draft=true")).StatusCode);

        using var contributor = await ApiClient.UserAsync(site, "Contributor");
        var title = "Own Draft " + Guid.NewGuid().ToString("N")[..6];
        await ApiClient.JsonAsync(await ApiClient.SendAsync(contributor, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise(title)), HttpStatusCode.Created);
        using var other = await ApiClient.UserAsync(site, "Contributor");

        var own = await ApiClient.JsonAsync(await ApiClient.GetAsync(contributor, "/api/content?draft=true&status=draft&type=Enterprise&limit=100"));
        var others = await ApiClient.JsonAsync(await ApiClient.GetAsync(other, "/api/content?draft=true&type=Enterprise&q=" + Uri.EscapeDataString(title)));
        var published = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, "/api/content?type=Enterprise&q=" + Uri.EscapeDataString(title)));

        Assert.Contains(own["items"]!.AsArray(), i => i!["DisplayText"]!.GetValue<string>() == title);
        Assert.Empty(others["items"]!.AsArray());
        Assert.Empty(published["items"]!.AsArray());
    }

    [Theory]
    [InlineData("/api/content?cursor=not-a-cursor", "query.cursor")]
    [InlineData("/api/content?fields=NoSuchPart", "query.fields")]
    [InlineData("/api/content?fields=,", "query.fields")]
    [InlineData("/api/content?type=NoSuchType", "query.type")]
    [InlineData("/api/content?limit=0", "query.limit")]
    [InlineData("/api/content?limit=abc", "query.limit")]
    [InlineData("/api/content?sort=price", "query.sort")]
    [InlineData("/api/content?modifiedSince=yesterday", "query.modifiedSince")]
    [InlineData("/api/content?status=draft", "query.status")]
    [InlineData("/api/content?culture=zh-CN", "query.culture")]
    [InlineData("/api/content?field.Enterprise.Nothing=1", "query.field.Enterprise.Nothing")]
    [InlineData("/api/content?expand=everything", "query.expand")]
    [InlineData("/api/content?page=2", "query.page")]
    public async Task List_BadParameter_Is400ProblemNamingIt(string path, string errorPath)
    {
        using var client = site.NewClient();
        var response = await ApiClient.GetAsync(client, path);

        var problem = await ApiClient.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(problem["errors"]!.AsArray(), e => e!["path"]!.GetValue<string>() == errorPath);
    }

    [Fact]
    public async Task List_CursorOfAnotherQueryOrEdited_Is400()
    {
        using var client = site.NewClient();
        var page = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/content?type=Enterprise&limit=2"));
        var cursor = page["next"]!.GetValue<string>();
        var edited = cursor[..^2] + (cursor[^2] == 'A' ? 'B' : 'A') + cursor[^1];

        Assert.Equal(HttpStatusCode.OK, (await ApiClient.GetAsync(client, $"/api/content?type=Enterprise&limit=2&cursor={cursor}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiClient.GetAsync(client, $"/api/content?type=Cluster&limit=2&cursor={cursor}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ApiClient.GetAsync(client, $"/api/content?type=Enterprise&limit=2&cursor={edited}")).StatusCode);
    }

    [Fact]
    public async Task ContentTypes_ListsTheDefinitionsReadOnly()
    {
        using var client = site.NewClient();
        var all = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/content-types"));
        var one = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/content-types/Enterprise"));

        Assert.Contains(all["ContentTypes"]!.AsArray(), t => t!["Name"]!.GetValue<string>() == "Enterprise");
        Assert.Equal(["Enterprise"], one["ContentTypes"]!.AsArray().Select(t => t!["Name"]!.GetValue<string>()));
        Assert.Contains(one["ContentParts"]!.AsArray(), p => p!["Name"]!.GetValue<string>() == "Enterprise");
        Assert.Equal(HttpStatusCode.NotFound, (await ApiClient.GetAsync(client, "/api/content-types/Nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await ApiClient.SendAsync(client, HttpMethod.Post, "/api/content-types", "{}")).StatusCode);
    }
}
