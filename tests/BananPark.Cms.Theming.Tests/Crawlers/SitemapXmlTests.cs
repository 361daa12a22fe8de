using System.Xml.Linq;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Theming.Crawlers;

namespace BananPark.Cms.Theming.Tests.Crawlers;

public sealed class SitemapXmlTests
{
    private static readonly XNamespace Ns = SitemapXml.Namespace;

    [Fact]
    public async Task WriteUrlSet_EscapesAmpersandsAndWritesW3CDatesInTheSitemapNamespace()
    {
        using var output = new MemoryStream();
        var modified = new DateTime(2026, 12, 3, 14, 6, 10, 123, DateTimeKind.Utc);

        await SitemapXml.WriteUrlSetAsync(output, Urls(("https://park.example.org/a?x=1&y=<2>", modified), ("https://park.example.org/b", null)), TestContext.Current.CancellationToken);

        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
        Assert.Contains("x=1&amp;y=&lt;2&gt;", text, StringComparison.Ordinal);
        var document = XDocument.Parse(text);
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        var urls = document.Root.Elements(Ns + "url").ToList();
        Assert.Equal("https://park.example.org/a?x=1&y=<2>", urls[0].Element(Ns + "loc")!.Value);
        Assert.Equal("2026-12-03T14:06:10Z", urls[0].Element(Ns + "lastmod")!.Value);
        Assert.Null(urls[1].Element(Ns + "lastmod"));
        Assert.NotEqual(0xEF, output.ToArray()[0]);
    }

    [Fact]
    public async Task WriteIndex_NamesEachSitemapInTheSitemapNamespace()
    {
        using var output = new MemoryStream();

        await SitemapXml.WriteIndexAsync(output, ["https://park.example.org/sitemaps/Enterprise-1.xml", "https://park.example.org/sitemaps/Group-1.xml"]);

        var document = XDocument.Parse(System.Text.Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal(Ns + "sitemapindex", document.Root!.Name);
        Assert.Equal(["https://park.example.org/sitemaps/Enterprise-1.xml", "https://park.example.org/sitemaps/Group-1.xml"],
            document.Root.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
    }

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/enterprises/chang-an-suzuki", "/enterprises/chang-an-suzuki")]
    [InlineData("/园区/概况", "/%E5%9B%AD%E5%8C%BA/%E6%A6%82%E5%86%B5")]
    public void Escape_PercentEncodesEachSegmentAndKeepsTheSlashes(string path, string expected)
        => Assert.Equal(expected, UrlPaths.Escape(path));

#pragma warning disable CS1998 // an async iterator over values in hand
    private static async IAsyncEnumerable<(string, DateTime?)> Urls(params (string, DateTime?)[] urls)
#pragma warning restore CS1998
    {
        foreach (var url in urls)
        {
            yield return url;
        }
    }
}
