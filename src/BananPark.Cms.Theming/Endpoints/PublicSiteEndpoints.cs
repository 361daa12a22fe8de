using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Theming.Liquid;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>
/// The public site: the home page, each type's list page (paged with <c>?page=</c>, filtered by its facets and
/// <c>?q=</c> through <see cref="DirectoryList"/>; a list's path wins over an
/// item's route), any published item by its route, a 301 from a route an editor changed to the item's new one, and a helpful 404. Routes are looked up in the index per request (nothing is loaded at start);
/// a page costs the same whatever the site holds.
/// </summary>
public static class PublicSiteEndpoints
{
    /// <summary>Output-cache policy of public pages: anonymous GETs, evicted when what visitors see changes.</summary>
    public const string CachePolicy = "CmsPublicPages";

    /// <summary>The query parameter of list pages.</summary>
    public const string PageParameter = "page";

    private const int DefaultPageSize = 20;

    /// <summary>The tag every cached public page of <paramref name="tenant"/> carries.</summary>
    public static string CacheTag(string tenant) => "cms-pages:" + tenant;

    public static IEndpointRouteBuilder MapCmsPublicSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], HomeAsync).CacheOutput(CachePolicy).WithName("Home");
        endpoints.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], PageAsync).CacheOutput(CachePolicy).WithName("ContentPage");
        return endpoints;
    }

    private static async Task<IResult> HomeAsync(HttpContext http, IPublishedContent content, ContentRenderer renderer, PageWriter pages, CancellationToken cancellationToken)
    {
        var home = await content.GetHomepageAsync(cancellationToken);
        return home is null
            ? await pages.NotFoundAsync("/", cancellationToken)
            : await ItemAsync(http, home, "/", renderer, pages, cancellationToken);
    }

    private static async Task<IResult> PageAsync(
        string path, HttpContext http, IPublishedContent content, IPublishedRoutes routes, IContentDefinitionManager definitions, ISiteSettingsStore settings,
        ContentRenderer renderer, PageWriter pages, CancellationToken cancellationToken)
    {
        var normalized = path.Trim('/');
        if (normalized.Length == 0 || normalized.Length > 1024)
        {
            return await pages.NotFoundAsync("/" + normalized, cancellationToken);
        }

        // List pages first: they are known from the definitions in memory, so they cost no route lookup.
        var listing = ListingSettings.All(await definitions.GetAsync(cancellationToken))
            .FirstOrDefault(x => string.Equals(x.Listing.Path!.Trim('/'), normalized, StringComparison.OrdinalIgnoreCase));
        if (listing.Type is null)
        {
            if (await content.GetByRouteAsync(normalized, cancellationToken) is { } item)
            {
                return await ItemAsync(http, item, "/" + normalized, renderer, pages, cancellationToken);
            }

            // Only a path no item holds asks whether an item used to be here (one key read).
            return await routes.FindMovedAsync(normalized, cancellationToken) is { } moved
                ? Results.Redirect(http.Request.PathBase + UrlPaths.Escape(moved) + http.Request.QueryString, permanent: true)
                : await pages.NotFoundAsync("/" + normalized, cancellationToken);
        }

        var url = "/" + listing.Listing.Path!.Trim('/');
        var size = listing.Listing.PageSize ?? (await settings.GetAsync(cancellationToken)).PageSize ?? DefaultPageSize;
        size = Math.Clamp(size, 1, ContentFilters.MaxItems);
        var requested = ListPager.Requested(http.Request.Query[PageParameter]);
        var skip = (int)Math.Min((long)(requested - 1) * size, int.MaxValue);
        var list = await DirectoryList.ReadAsync(http, listing.Type, await definitions.GetAsync(cancellationToken), content, skip, size, cancellationToken);
        var pager = new ListPager(url, requested, size, list.Page.Total, list.Request?.Query);
        if (requested > pager.PageCount)
        {
            return await pages.NotFoundAsync(url + "?page=" + requested, cancellationToken);
        }

        var directory = list.Request is null ? null : await DirectoryModel.BuildAsync(url, list.Request, list.Counts, content, cancellationToken);
        var body = await renderer.RenderListAsync(listing.Type, listing.Listing, list.Page, pager, directory, cancellationToken);
        var title = listing.Listing.DisplayName ?? listing.Type.DisplayName ?? listing.Type.Name;
        return await pages.PageAsync(new PageInfo(title, url, Description: listing.Listing.Description) { ListItems = list.Page.Items }, body, cancellationToken);
    }

    private static async Task<IResult> ItemAsync(HttpContext http, ContentItemSnapshot item, string path, ContentRenderer renderer, PageWriter pages, CancellationToken cancellationToken)
    {
        renderer.RequestedPage = ListPager.Requested(http.Request.Query[PageParameter]);
        var body = await renderer.RenderItemAsync(item, Alternates.Detail, cancellationToken);
        return renderer.PageMissing
            ? await pages.NotFoundAsync(path + "?page=" + renderer.RequestedPage, cancellationToken)
            : await pages.PageAsync(new PageInfo(item.DisplayText ?? "", path) { Item = item }, body, cancellationToken);
    }
}
