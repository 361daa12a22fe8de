using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// What search engines read on the assembled site (robots.txt, the sitemaps, the favicon) and the 301 from a path an
/// editor changed. Each test adds only items of its own (routes with a fresh suffix), so they share one site.
/// </summary>
public sealed class CrawlerFilesTests(SharedSite site) : IClassFixture<SharedSite>
{
    private static readonly XNamespace Sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly HttpClient _client = site.Client;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RobotsTxt_ByDefault_KeepsCrawlersOutOfTheAdminAndNamesTheSitemap()
    {
        var response = await _client.GetAsync(new Uri("/robots.txt", UriKind.Relative), Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("Disallow: /admin\n", text, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RobotsTxt_WhenAnEditorSavesRules_ServesThemAtOnceWithTheSitemapLine()
    {
        await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), Cancel);
        try
        {
            await SetRobotsAsync("User-agent: *\nDisallow: /private\n");

            var text = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative), Cancel);

            Assert.Equal("User-agent: *\nDisallow: /private\n\nSitemap: http://localhost/sitemap.xml\n", text);
        }
        finally
        {
            await SetRobotsAsync(null);
        }
    }

    [Fact]
    public async Task TypeSitemap_AfterAPublish_ListsTheNewItem()
    {
        await XmlAsync("/sitemaps/Group-1.xml");

        await SaveAsync(Group($"groups/fresh-{_suffix}"), publish: true);

        var locs = (await XmlAsync("/sitemaps/Group-1.xml")).Descendants(Sitemaps + "loc").Select(l => l.Value);
        Assert.Contains($"http://localhost/groups/fresh-{_suffix}", locs);
    }

    [Fact]
    public async Task SitemapIndex_ListsEachRoutableTypeInTheSitemapNamespace()
    {
        var index = await XmlAsync("/sitemap.xml");

        Assert.Equal(Sitemaps + "sitemapindex", index.Root!.Name);
        var locs = index.Root.Elements(Sitemaps + "sitemap").Select(s => s.Element(Sitemaps + "loc")!.Value).ToList();
        Assert.Equal(
            ["http://localhost/sitemaps/Cluster-1.xml", "http://localhost/sitemaps/Enterprise-1.xml", "http://localhost/sitemaps/Group-1.xml", "http://localhost/sitemaps/Park-1.xml"],
            locs);
    }

    [Fact]
    public async Task TypeSitemap_ListsEveryPublishedItemWithItsLastModifiedAndNoDraft()
    {
        var draft = await SaveAsync(Group($"groups/draft-{_suffix}"), publish: false);
        var published = await PublishedUrlsAsync("Group");

        var urlset = await XmlAsync("/sitemaps/Group-1.xml");

        var urls = urlset.Root!.Elements(Sitemaps + "url").ToDictionary(u => u.Element(Sitemaps + "loc")!.Value, u => u.Element(Sitemaps + "lastmod")?.Value);
        Assert.Equal(Sitemaps + "urlset", urlset.Root.Name);
        Assert.Equal(["http://localhost/groups", .. published.Keys.Select(url => "http://localhost" + url)], urls.Keys);
        Assert.All(published, item => Assert.Equal(item.Value, urls["http://localhost" + item.Key]));
        Assert.DoesNotContain(urls.Keys, url => url.EndsWith(draft.As<AutoroutePart>()!.Path!, StringComparison.Ordinal));
        Assert.InRange(urls.Count, 1, 50_000);
    }

    [Fact]
    public async Task TypeSitemap_OfTheHomePagesType_ListsTheHomePageAtTheRoot()
    {
        var urlset = await XmlAsync("/sitemaps/Park-1.xml");

        Assert.Equal(["http://localhost/"], urlset.Root!.Elements(Sitemaps + "url").Select(u => u.Element(Sitemaps + "loc")!.Value));
    }

    [Theory]
    [InlineData("/sitemaps/NoSuchType-1.xml")]
    [InlineData("/sitemaps/Group-2.xml")]
    [InlineData("/sitemaps/Group-999999.xml")]
    [InlineData("/sitemaps/Group-99999999999999999999.xml")]
    [InlineData("/sitemaps/Group-0.xml")]
    [InlineData("/sitemaps/..%2f.xml")]
    [InlineData("/sitemaps/%2e%2e%2fGroup-1.xml")]
    [InlineData("/sitemaps/TitlePart-1.xml")]
    public async Task TypeSitemap_WhenNoSuchFileExists_Is404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Favicon_IsTheThemesIconCachedForAWeek()
    {
        var response = await _client.GetAsync(new Uri("/favicon.ico", UriKind.Relative), Cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromDays(7), response.Headers.CacheControl!.MaxAge);
        Assert.Equal([0, 0, 1, 0], bytes[..4]);
    }

    [Fact]
    public async Task ChangedPath_AnswersMovedPermanentlyToWhereTheItemIsNow_WithoutChains()
    {
        var item = await SaveAsync(Group($"groups/a-{_suffix}"), publish: true);

        await MoveAsync(item.ContentItemId, $"groups/b-{_suffix}");
        var afterOne = await _client.GetAsync(new Uri($"/groups/a-{_suffix}?page=1", UriKind.Relative), Cancel);
        await MoveAsync(item.ContentItemId, $"groups/c-{_suffix}");

        Assert.Equal(HttpStatusCode.MovedPermanently, afterOne.StatusCode);
        Assert.Equal($"/groups/b-{_suffix}?page=1", afterOne.Headers.Location!.OriginalString);
        foreach (var old in new[] { "a", "b" })
        {
            var response = await _client.GetAsync(new Uri($"/groups/{old}-{_suffix}", UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal($"/groups/c-{_suffix}", response.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri($"/groups/c-{_suffix}", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task ChangedPath_WhenAnotherItemIsPublishedThere_ServesThatItem()
    {
        var first = await SaveAsync(Group($"groups/old-{_suffix}"), publish: true);
        await MoveAsync(first.ContentItemId, $"groups/new-{_suffix}");

        await SaveAsync(Group($"groups/old-{_suffix}", $"Newcomer {_suffix}"), publish: true);
        var response = await _client.GetAsync(new Uri($"/groups/old-{_suffix}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Newcomer {_suffix}", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangedPath_WhenTheItemIsUnpublished_Is404()
    {
        var item = await SaveAsync(Group($"groups/gone-{_suffix}"), publish: true);
        await MoveAsync(item.ContentItemId, $"groups/gone-too-{_suffix}");

        await WithContentAsync(content => content.UnpublishAsync(item.ContentItemId, Cancel));

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri($"/groups/gone-{_suffix}", UriKind.Relative), Cancel)).StatusCode);
    }

    [Fact]
    public async Task FindMoved_WhenThePathIsHostile_FindsNothing()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var routes = scope.ServiceProvider.GetRequiredService<IPublishedRoutes>();

        Assert.Null(await routes.FindMovedAsync("groups/\0huaxi", Cancel));
        Assert.Null(await routes.FindMovedAsync(new string('a', 5000), Cancel));
        Assert.Null(await routes.FindMovedAsync("/", Cancel));
    }

    [Theory]
    [InlineData("/groups/%E0%A4%A")]
    [InlineData("/sitemap.xml/..%2f..%2fetc")]
    public async Task UnknownPath_WithHostileCharacters_Is404(string path)
        => Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel)).StatusCode);

    private async Task<XDocument> XmlAsync(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        return XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>Every published item of the type with a route, in route order, with its W3C last-modified time.</summary>
    private async Task<Dictionary<string, string>> PublishedUrlsAsync(string type)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IPublishedContent>();
        var page = await content.QueryAsync(new ContentQuery { ContentType = type, Take = 500 }, Cancel);
        return page.Items.Where(i => i.Url is not null).OrderBy(i => i.Url!.TrimStart('/'), StringComparer.Ordinal).ToDictionary(
            i => i.Url!,
            i => new[] { i.ModifiedUtc, i.PublishedUtc }.Max()!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task SetRobotsAsync(string? text)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISiteSettingsStore>();
        // A copy: the store's instance is the cached one every request shares.
        var settings = JsonSerializer.Deserialize<SiteSettings>(JsonSerializer.Serialize(await store.GetAsync(Cancel), ContentJson.Options), ContentJson.Options)!;
        settings.RobotsTxt = text;
        await store.SaveAsync(settings, Cancel);
    }

    private static ContentItem Group(string route, string? title = null)
        => new ContentItemBuilder("Group").WithTitle(title ?? "Group " + route).WithRoute(route).Build();

    private async Task<ContentItem> SaveAsync(ContentItem item, bool publish)
        => await WithContentAsync(content => content.SaveAsync(item, publish, Cancel));

    private async Task MoveAsync(string contentItemId, string route)
        => await WithContentAsync(async content =>
        {
            var latest = (await content.GetAsync(contentItemId, VersionOptions.Latest, Cancel))!;
            latest.Apply(new AutoroutePart { Path = route });
            return await content.SaveAsync(latest, publish: true, Cancel);
        });

    private async Task<T> WithContentAsync<T>(Func<IContentManager, Task<T>> action)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<IContentManager>());
    }
}
