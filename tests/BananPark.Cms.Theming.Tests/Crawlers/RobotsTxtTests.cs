using BananPark.Cms.Theming.Crawlers;

namespace BananPark.Cms.Theming.Tests.Crawlers;

public sealed class RobotsTxtTests
{
    private const string Sitemap = "https://park.example.org/sitemap.xml";

    [Fact]
    public void For_WhenTheSettingIsEmpty_DisallowsTheAdminSignInAndApiAndNamesTheSitemap()
    {
        var lines = RobotsTxt.For("  ", Sitemap).Split('\n');

        Assert.Equal("User-agent: *", lines[0]);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Disallow: /login", lines);
        Assert.Contains("Disallow: /connect/", lines);
        Assert.Contains("Disallow: /api/", lines);
        Assert.Contains("Sitemap: " + Sitemap, lines);
        Assert.DoesNotContain(lines, line => line == "Disallow: /");
    }

    [Fact]
    public void For_WhenAnEditorWroteRules_ServesThemAsWrittenAndAddsTheSitemap()
    {
        var text = RobotsTxt.For("User-agent: Baiduspider\r\nDisallow: /private\r\n", Sitemap);

        Assert.Equal("User-agent: Baiduspider\nDisallow: /private\n\nSitemap: " + Sitemap + "\n", text);
    }

    [Fact]
    public void For_WhenTheRulesNameTheSitemap_DoesNotNameItTwice()
    {
        var text = RobotsTxt.For("User-agent: *\nDisallow:\nsitemap:  " + Sitemap, Sitemap);

        Assert.Single(text.Split('\n'), line => line.Contains(Sitemap, StringComparison.Ordinal));
    }
}
