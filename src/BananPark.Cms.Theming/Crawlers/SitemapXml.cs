using System.Globalization;
using System.Text;
using System.Xml;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Theming.Crawlers;

/// <summary>Writes sitemaps.org XML (a <c>sitemapindex</c> or a <c>urlset</c>) straight to the response, URL by URL.</summary>
public static class SitemapXml
{
    /// <summary>The sitemap schema's namespace.</summary>
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The media type sitemaps are served as.</summary>
    public const string ContentType = "application/xml; charset=utf-8";

    private static readonly XmlWriterSettings Settings = new() { Async = true, Encoding = new UTF8Encoding(false), Indent = false };

    /// <summary>A <c>sitemapindex</c> naming each sitemap (absolute URLs).</summary>
    public static async Task WriteIndexAsync(Stream output, IEnumerable<string> sitemaps)
    {
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
        foreach (var sitemap in sitemaps)
        {
            await xml.WriteStartElementAsync(null, "sitemap", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, sitemap);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>
    /// A <c>urlset</c> of absolute URLs, each with its <c>lastmod</c> (W3C date-time, UTC) when known. The writer escapes
    /// <c>&amp;</c> and <c>&lt;</c>; the URLs come percent-encoded (<see cref="UrlPaths.Escape"/>).
    /// </summary>
    public static async Task WriteUrlSetAsync(Stream output, IAsyncEnumerable<(string Loc, DateTime? LastModifiedUtc)> urls, CancellationToken cancellationToken)
    {
        await using var xml = XmlWriter.Create(output, Settings);
        await xml.WriteStartDocumentAsync();
        // hreflang seam: when an item exists in two cultures, declare xmlns:xhtml="http://www.w3.org/1999/xhtml" here and
        // write one <xhtml:link rel="alternate" hreflang="…" href="…"/> per culture inside each <url> below, from the
        // item's localization set (PublishedRoute then carries its alternates). Nothing is written until that exists.
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        await foreach (var (loc, lastModified) in urls.WithCancellation(cancellationToken))
        {
            await xml.WriteStartElementAsync(null, "url", Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, loc);
            if (lastModified is { } when)
            {
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, W3CDate(when));
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>The W3C date-time form sitemaps use, in UTC to the second (<c>2026-12-03T14:06:10Z</c>).</summary>
    public static string W3CDate(DateTime utc)
        => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
