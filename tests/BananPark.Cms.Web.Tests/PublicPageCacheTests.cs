using System.Net;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// The output cache keeps public pages until something visitors see changes, per tenant, and made-up URLs
/// cannot add entries. A page served from the cache carries an <c>Age</c> header; a fresh render does not.
/// </summary>
public sealed class PublicPageCacheTests : IAsyncLifetime
{
    private readonly CmsSiteFactory _site = new();
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _site.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _site.DisposeAsync();
        _site.DeleteData();
    }

    [Fact]
    public async Task CachedPage_WhenOnlyADraftIsSaved_IsStillServedFromTheCache()
    {
        await GetAsync("/groups/huaxi");
        Assert.True(Cached(await GetAsync("/groups/huaxi")));

        await SaveAsync("groups/huaxi", "Huaxi (draft only)", publish: false);
        var afterDraft = await GetAsync("/groups/huaxi");
        await SaveAsync("groups/huaxi", "Huaxi (published)", publish: true);
        var afterPublish = await GetAsync("/groups/huaxi");

        Assert.True(Cached(afterDraft));
        Assert.DoesNotContain("draft only", await afterDraft.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(Cached(afterPublish));
        Assert.Contains("Huaxi (published)", await afterPublish.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CachedPage_WhenTheSiteThemeIsChosenAgain_IsEvicted()
    {
        await GetAsync("/");
        Assert.True(Cached(await GetAsync("/")));

        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var themes = scope.ServiceProvider.GetRequiredService<ThemeSelector>();
            await themes.SetSiteThemeAsync((await themes.GetSiteThemeAsync(TestContext.Current.CancellationToken)).Name, TestContext.Current.CancellationToken);
        }

        Assert.False(Cached(await GetAsync("/")));
    }

    [Theory]
    [InlineData("/groups/huaxi", "/groups/huaxi?utm_source=anything")]
    [InlineData("/enterprises", "/enterprises?page=abc")]
    [InlineData("/enterprises", "/enterprises?page=1&x=y")]
    [InlineData("/enterprises?cluster=9e1yebvs9pyd7jptpqy4ryf79q", "/enterprises?x=y&CLUSTER=9e1yebvs9pyd7jptpqy4ryf79q&listed=maybe")]
    public async Task CachedPage_WhenTheQueryIsMadeUp_SharesTheEntryOfThePageItMeans(string page, string madeUp)
    {
        await GetAsync(page);

        var response = await GetAsync(madeUp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Cached(response), $"{madeUp} was rendered again instead of sharing {page}'s cached copy.");
    }

    [Fact]
    public async Task CachedPage_WhenClientsAskForBrotliInDifferentWords_SharesOneCompressedCopy()
    {
        await GetAsync("/", "gzip, deflate, br");

        var response = await GetAsync("/", "br;q=1.0, gzip;q=0.8, *;q=0.1");

        Assert.True(Cached(response));
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Directory_FilteredByAFacet_IsCachedApartFromTheUnfilteredPage()
    {
        await GetAsync("/enterprises");

        var filtered = await GetAsync("/enterprises?cluster=9e1yebvs9pyd7jptpqy4ryf79q");
        var again = await GetAsync("/enterprises?cluster=9e1yebvs9pyd7jptpqy4ryf79q");

        Assert.Equal(HttpStatusCode.OK, filtered.StatusCode);
        Assert.False(Cached(filtered));
        Assert.True(Cached(again));
    }

    [Fact]
    public async Task ListPage_PastTheLastPage_Is404AndNotCached()
    {
        var first = await GetAsync("/enterprises?page=999");
        var second = await GetAsync("/enterprises?page=999");

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.False(Cached(second));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static bool Cached(HttpResponseMessage response) => response.Headers.Age is not null;

    private async Task SaveAsync(string route, string title, bool publish)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = (await content.GetByRouteAsync(route, TestContext.Current.CancellationToken))!;
        var latest = (await content.GetAsync(item.ContentItemId, VersionOptions.Latest, TestContext.Current.CancellationToken))!;
        latest.Apply(new TitlePart { Title = title });
        await content.SaveAsync(latest, publish, TestContext.Current.CancellationToken);
    }
}
