using System.Net;

namespace BananPark.Cms.Api.Tests;

/// <summary>Anonymous reads of published content are public and revalidated by ETag; signed-in reads are never shared.</summary>
public sealed class ApiCachingTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Theory]
    [InlineData("/api/content?type=Cluster")]
    [InlineData("/api/content-types")]
    public async Task AnonymousRead_IsPublic_AndMatchingIfNoneMatchIs304(string path)
    {
        using var client = site.NewClient();
        var first = await ApiClient.GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl?.MaxAge);

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnonymousItem_ETagChangesWhenThePublishedItemChanges()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var created = await ApiClient.SendAsync(admin, HttpMethod.Post, "/api/content?publish=true", ApiClient.NewEnterprise("Cache Me Ltd"));
        var id = (await ApiClient.JsonAsync(created, HttpStatusCode.Created))["ContentItemId"]!.GetValue<string>();
        using var anonymous = site.NewClient();
        var before = await ApiClient.GetAsync(anonymous, $"/api/content/{id}");

        await ApiClient.JsonAsync(await ApiClient.SendAsync(admin, HttpMethod.Put, $"/api/content/{id}?publish=true", ApiClient.NewEnterprise("Cache Me Again Ltd"), ApiClient.ETag(created)));
        using var stale = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/content/{id}", UriKind.Relative));
        stale.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await anonymous.SendAsync(stale, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Cache Me Again Ltd", (await ApiClient.JsonAsync(after))["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignedInRead_IsNotShared()
    {
        using var admin = await ApiClient.AdminAsync(site);

        var response = await ApiClient.GetAsync(admin, "/api/content?type=Cluster");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }
}
