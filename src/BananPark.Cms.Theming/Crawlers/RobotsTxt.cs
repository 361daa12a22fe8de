namespace BananPark.Cms.Theming.Crawlers;

/// <summary>
/// The site's robots.txt: the <c>RobotsTxt</c> site setting as written, or the default, and always a line
/// naming the site's sitemap. Rules are prefixes, so <c>/admin</c> also keeps crawlers out of the preview
/// (<c>/admin/content/{id}/preview</c>) and every other admin screen.
/// </summary>
public static class RobotsTxt
{
    /// <summary>What the default keeps crawlers out of: the admin (and preview), sign-in, OpenID Connect, the API, the search results.</summary>
    public static IReadOnlyList<string> DefaultDisallowed { get; } = ["/admin", "/login", "/logout", "/connect/", "/api/", "/search"];

    /// <summary>The text to serve for the setting <paramref name="custom"/>, naming <paramref name="sitemapUrl"/> (absolute).</summary>
    public static string For(string? custom, string sitemapUrl)
    {
        var text = string.IsNullOrWhiteSpace(custom)
            ? "User-agent: *\n" + string.Concat(DefaultDisallowed.Select(path => "Disallow: " + path + "\n"))
            : custom.ReplaceLineEndings("\n").TrimEnd() + "\n";
        return NamesSitemap(text, sitemapUrl) ? text : text + "\nSitemap: " + sitemapUrl + "\n";
    }

    private static bool NamesSitemap(string text, string sitemapUrl)
        => text.Split('\n').Select(line => line.Trim()).Any(line =>
            line.StartsWith("Sitemap:", StringComparison.OrdinalIgnoreCase)
            && string.Equals(line["Sitemap:".Length..].Trim(), sitemapUrl, StringComparison.OrdinalIgnoreCase));
}
