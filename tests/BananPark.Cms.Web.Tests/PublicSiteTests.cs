using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>The assembled public site, set up from the Banan recipe on first start.</summary>
public sealed partial class PublicSiteTests(SharedSite site) : IClassFixture<SharedSite>
{
    private readonly HttpClient _client = site.Client;

    [Fact]
    public async Task Crawl_FromTheHomePage_ReachesAPageForEveryItemOfTheRecipe()
    {
        var pages = await CrawlAsync();

        var expected = RecipeRoutes();
        Assert.Equal(30 - 1, expected.Count);
        Assert.All(expected, route => Assert.Contains(route, pages.Keys));
        Assert.Contains("/enterprises", pages.Keys);
        Assert.Contains("/groups", pages.Keys);
        Assert.Contains("/clusters", pages.Keys);
        Assert.Contains("/groups/jieshi", pages.Keys);
    }

    [Fact]
    public async Task Crawl_FromTheHomePage_ShowsEveryFactOfTheSourceText()
    {
        var text = string.Join("\n", (await CrawlAsync()).Values);

        var missing = SourceFacts.Facts.Where(fact => !text.Contains(fact, StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/groups", 200)]
    [InlineData("/enterprises", 200)]
    [InlineData("/clusters/new-display-industry-cluster", 200)]
    [InlineData("/enterprises/chang-an-suzuki", 200)]
    [InlineData("/search?q=suzuki", 200)]
    [InlineData("/no-such-page", 404)]
    public async Task EveryPageKind_HasATitleADescriptionAndABreadcrumb(string path, int status)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var document = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        var description = document.QuerySelector("meta[name=description]")?.GetAttribute("content");
        Assert.False(string.IsNullOrWhiteSpace(description));
        Assert.True(description.Length <= 200, description);
        var blocks = document.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonNode.Parse(s.TextContent)!).ToList();
        Assert.Contains(blocks, b => b["@type"]!.GetValue<string>() == "BreadcrumbList");
    }

    [Fact]
    public async Task HomePage_LinksTheIcpNumberToTheFilingSite()
    {
        var document = await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));

        var link = document.QuerySelectorAll("a").Single(a => a.TextContent == "渝ICP备12005872号-5");

        Assert.Equal("https://beian.miit.gov.cn/", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/enterprises/no-such-enterprise")]
    [InlineData("/../../etc/passwd")]
    [InlineData("/groups/%3Cscript%3E")]
    public async Task UnknownPath_GetsAHelpful404(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/enterprises\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }

    /// <summary>Readiness before and after setup is <see cref="ReadinessTests"/>.</summary>
    [Fact]
    public async Task Live_WhenSetUp_IsHealthy()
    {
        var response = await _client.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Pages_SendSecurityHeaders()
    {
        var response = await _client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Pages_ReferenceOnlyAssetsServedByTheSite()
    {
        var document = await new HtmlParser().ParseDocumentAsync(await _client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken));

        // The canonical and language links name pages (absolute, as search engines want them), they load nothing.
        var assets = document.QuerySelectorAll("link[href]:not([rel=canonical]):not([rel=alternate]), script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();

        Assert.NotEmpty(assets);
        Assert.All(assets, url => Assert.Matches("^/[^/]", url));
        Assert.Equal(_client.BaseAddress!.Host, new Uri(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).Host);
    }

    [Fact]
    public async Task ThemeAssets_AreCompressedAndCachedForAYearWhenFingerprinted()
    {
        var home = await _client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var css = StylesheetUrl().Match(home).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.AcceptEncoding.ParseAdd("br");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal("br", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task ThemeFolder_ServesOnlyItsAssetsNeverItsTemplates()
    {
        var response = await _client.GetAsync(new Uri("/themes/BananPark.Theme/Views/Layout.liquid", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Head_OnTheHomePage_Answers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/");

        var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Follows same-site links breadth-first; returns each page's visible text. Fails on any page that is not 200.</summary>
    private async Task<Dictionary<string, string>> CrawlAsync()
    {
        var parser = new HtmlParser();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && pages.Count < 200)
        {
            var path = queue.Dequeue();
            if (pages.ContainsKey(path))
            {
                continue;
            }

            var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            pages[path] = Whitespace().Replace(document.Body!.TextContent, " ");
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
                {
                    queue.Enqueue(href.Split('#')[0]);
                }
            }
        }

        return pages;
    }

    private static List<string> RecipeRoutes()
        => JsonNode.Parse(File.ReadAllText(RepositoryPaths.BananRecipe))!["steps"]!.AsArray()
            .Single(s => s!["name"]!.GetValue<string>() == "Content")!["data"]!.AsArray()
            .Select(i => i!["AutoroutePart"]!["Path"]!.GetValue<string>())
            .Where(p => p.Length > 0)
            .Select(p => "/" + p)
            .ToList();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex StylesheetUrl();
}
