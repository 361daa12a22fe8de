using System.Net;

namespace BananPark.Cms.Api.Tests;

public sealed class ContentApiSmokeTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task Anonymous_ListsPublishedEnterprises()
    {
        using var client = site.NewClient();
        var response = await ApiClient.GetAsync(client, "/api/content?type=Enterprise&limit=5");
        var json = await ApiClient.JsonAsync(response);

        Assert.Equal(5, json["items"]!.AsArray().Count);
        Assert.All(json["items"]!.AsArray(), i => Assert.Equal("Enterprise", i!["ContentType"]!.GetValue<string>()));
        Assert.NotNull(json["next"]!.GetValue<string>());
    }

    [Fact]
    public async Task Admin_CreatesThenPublishes()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content", ApiClient.NewEnterprise("Smoke Test Trading"));
        var item = await ApiClient.JsonAsync(created, HttpStatusCode.Created);
        var id = item["ContentItemId"]!.GetValue<string>();

        var published = await ApiClient.SendAsync(admin, HttpMethod.Post, $"/api/content/{id}/publish", ifMatch: ApiClient.ETag(created));
        await ApiClient.JsonAsync(published);
        using var anonymous = site.NewClient();
        var read = await ApiClient.JsonAsync(await ApiClient.GetAsync(anonymous, $"/api/content/{id}"));

        Assert.Equal("Smoke Test Trading", read["DisplayText"]!.GetValue<string>());
    }
}
