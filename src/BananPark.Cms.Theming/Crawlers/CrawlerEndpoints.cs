using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Theming.Endpoints;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Theming.Crawlers;

/// <summary>
/// What search engines ask a site for: <c>/robots.txt</c>, the sitemap index <c>/sitemap.xml</c>, each type's sitemap
/// files, and <c>/favicon.ico</c> from the site's theme. Robots and sitemaps are public pages to the output cache
/// (kept per host, evicted by a public change); unknown types and files past the end are 404.
/// </summary>
public static class CrawlerEndpoints
{
    /// <summary>How long browsers keep the favicon (its URL carries no version).</summary>
    public static readonly TimeSpan FaviconMaxAge = TimeSpan.FromDays(7);

    private static readonly string[] Reads = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapCmsCrawlerFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/robots.txt", Reads, RobotsAsync).CacheOutput(PublicSiteEndpoints.CachePolicy).WithName("RobotsTxt");
        endpoints.MapMethods(SitemapPlan.IndexPath, Reads, IndexAsync).CacheOutput(PublicSiteEndpoints.CachePolicy).WithName("SitemapIndex");
        endpoints.MapMethods("/sitemaps/{file}", Reads, SitemapAsync).CacheOutput(PublicSiteEndpoints.CachePolicy).WithName("Sitemap");
        endpoints.MapMethods("/favicon.ico", Reads, FaviconAsync).WithName("Favicon");
        return endpoints;
    }

    private static async Task<IResult> RobotsAsync(ISiteSettingsStore settings, IPublicUrls urls, CancellationToken cancellationToken)
        => Results.Text(RobotsTxt.For((await settings.GetAsync(cancellationToken)).RobotsTxt, urls.Absolute(SitemapPlan.IndexPath)), "text/plain; charset=utf-8");

    private static async Task<IResult> IndexAsync(IContentDefinitionManager definitions, IPublishedRoutes routes, IPublicUrls urls, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var (type, listUrl) in SitemapPlan.Types(await definitions.GetAsync(cancellationToken)))
        {
            var pages = SitemapPlan.PageCount(await routes.CountAsync(type.Name, cancellationToken), listUrl is not null);
            files.AddRange(Enumerable.Range(1, pages).Select(page => urls.Absolute(SitemapPlan.FilePath(type.Name, page))));
        }

        return Results.Stream(stream => SitemapXml.WriteIndexAsync(stream, files), SitemapXml.ContentType);
    }

    private static async Task<IResult> SitemapAsync(
        string file, HttpContext http, IContentDefinitionManager definitions, IPublishedRoutes routes, IPublicUrls urls, CancellationToken cancellationToken)
    {
        if (!SitemapPlan.TryParse(file, out var name, out var page))
        {
            return Results.NotFound();
        }

        var (type, listUrl) = SitemapPlan.Types(await definitions.GetAsync(cancellationToken)).FirstOrDefault(t => t.Type.Name == name);
        if (type is null)
        {
            return Results.NotFound();
        }

        var count = await routes.CountAsync(type.Name, cancellationToken);
        if (page > SitemapPlan.PageCount(count, listUrl is not null))
        {
            return Results.NotFound();
        }

        var (list, skip, take) = SitemapPlan.Slice(page, listUrl is not null, count);
        var items = routes.ListAsync(type.Name, skip, take, http.RequestAborted);
        return Results.Stream(stream => SitemapXml.WriteUrlSetAsync(stream, Locations(list ? listUrl : null, items, urls), http.RequestAborted), SitemapXml.ContentType);
    }

    private static async IAsyncEnumerable<(string Loc, DateTime? LastModifiedUtc)> Locations(string? listUrl, IAsyncEnumerable<PublishedRoute> items, IPublicUrls urls)
    {
        if (listUrl is not null)
        {
            yield return (urls.Absolute(UrlPaths.Escape(listUrl)), null);
        }

        await foreach (var item in items)
        {
            yield return (urls.Absolute(UrlPaths.Escape(item.Url)), item.LastModifiedUtc);
        }
    }

    private static async Task<IResult> FaviconAsync(HttpContext http, ThemeSelector themes, CancellationToken cancellationToken)
    {
        var theme = await themes.GetSiteThemeAsync(cancellationToken);
        var icon = new FileInfo(Path.Combine(theme.AssetsFolder, "favicon.ico"));
        if (!icon.Exists)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = $"public, max-age={(int)FaviconMaxAge.TotalSeconds}";
        var tag = new EntityTagHeaderValue($"\"{icon.Length:x}-{icon.LastWriteTimeUtc.Ticks:x}\"");
        return Results.File(icon.FullName, "image/x-icon", lastModified: icon.LastWriteTimeUtc, entityTag: tag);
    }
}
