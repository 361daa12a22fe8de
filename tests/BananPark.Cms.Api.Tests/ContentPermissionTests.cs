using System.Net;

namespace BananPark.Cms.Api.Tests;

/// <summary>The admin's rules through the API: Own variants, publish rights, per-type permissions, anonymous callers.</summary>
public sealed class ContentPermissionTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task Contributor_CreatesAndEditsOwnDraft_ButCannotPublishIt()
    {
        using var contributor = await ApiClient.UserAsync(site, "Contributor");
        var created = await ApiClient.SendAsync(contributor, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Contributor Own Co"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();
        var edited = await ApiClient.SendAsync(contributor, HttpMethod.Put, $"/api/content/{id}", ApiClient.NewEnterprise("Contributor Own Co 2"), ApiClient.ETag(created));
        await ApiClient.JsonAsync(edited);

        var publish = await ApiClient.SendAsync(contributor, HttpMethod.Post, $"/api/content/{id}/publish");
        var publishOnSave = await ApiClient.SendAsync(contributor, HttpMethod.Put, $"/api/content/{id}?publish=true", ApiClient.NewEnterprise("Contributor Own Co 3"), ApiClient.ETag(edited));
        var createPublished = await ApiClient.SendAsync(contributor, HttpMethod.Post, "/api/content?publish=true", ApiClient.NewEnterprise("Contributor Direct"));

        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publishOnSave.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, createPublished.StatusCode);
        Assert.Null(await site.StoredAsync(id, Core.ContentManagement.VersionOptions.Published));
        Assert.Equal("Contributor Own Co 2", (await site.StoredAsync(id))!.DisplayText);
    }

    [Fact]
    public async Task Author_PublishesOwn_ButIsRefusedOnAnotherUsersItem()
    {
        using var author = await ApiClient.UserAsync(site, "Author");
        var created = await ApiClient.SendAsync(author, HttpMethod.Post, "/api/content?publish=true", ApiClient.NewEnterprise("Author Own Works"));
        await ApiClient.JsonAsync(created, HttpStatusCode.Created);
        using var anonymous = site.NewClient();
        var others = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, "/api/content?type=Enterprise&limit=1&q=Huike"));
        var othersId = others["items"]![0]!["ContentItemId"]!.GetValue<string>();
        var before = await site.VersionsAsync(othersId);
        var draft = await ApiClient.GetAsync(author, $"/api/content/{othersId}?draft=true");

        var put = await ApiClient.SendAsync(author, HttpMethod.Put, $"/api/content/{othersId}", ApiClient.NewEnterprise("Hijacked"), "*");
        var delete = await ApiClient.SendAsync(author, HttpMethod.Delete, $"/api/content/{othersId}");
        var unpublish = await ApiClient.SendAsync(author, HttpMethod.Post, $"/api/content/{othersId}/unpublish");

        Assert.Equal(HttpStatusCode.Forbidden, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unpublish.StatusCode);
        Assert.Equal(before, await site.VersionsAsync(othersId));
    }

    [Fact]
    public async Task RoleWithOnlyEditOwnEnterprise_CannotCreateACluster()
    {
        using var editor = await ApiClient.UserAsync(site, "EnterpriseWriter", "EditOwn_Enterprise", "ViewContent");

        var enterprise = await ApiClient.SendAsync(editor, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Typed Rights Ltd"));
        var cluster = await ApiClient.SendAsync(editor, HttpMethod.Post, "/api/content", """{"ContentType":"Cluster","TitlePart":{"Title":"Not Allowed"}}""");

        Assert.Equal(HttpStatusCode.Created, enterprise.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, cluster.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/content")]
    [InlineData("PUT", "/api/content/x")]
    [InlineData("PATCH", "/api/content/x")]
    [InlineData("DELETE", "/api/content/x")]
    [InlineData("POST", "/api/content/x/publish")]
    [InlineData("POST", "/api/content/x/unpublish")]
    [InlineData("GET", "/api/content/x?draft=true")]
    public async Task Anonymous_WritesAndDraftReads_Are401(string method, string path)
    {
        using var anonymous = site.NewClient();
        var response = await ApiClient.SendAsync(anonymous, new HttpMethod(method), path, method is "GET" or "DELETE" ? null : "{}", method is "PUT" or "PATCH" ? "*" : null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnInvalidAuthorizationHeader_IsRefusedNotReadAsAnonymous()
    {
        using var client = site.NewClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer not-a-token");

        var response = await ApiClient.GetAsync(client, "/api/content?type=Enterprise");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString());
    }
}
