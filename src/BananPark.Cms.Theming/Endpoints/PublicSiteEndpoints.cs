using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>
/// The public site: the home page, any published item by its route, each type's list page,
/// and a helpful 404. Routes are looked up in the index per request (nothing is loaded at start).
/// </summary>
public static class PublicSiteEndpoints
{
    /// <summary>Output-cache policy of public pages: anonymous GETs, evicted when content changes.</summary>
    public const string CachePolicy = "CmsPublicPages";

    /// <summary>The tag every cached public page of <paramref name="tenant"/> carries.</summary>
    public static string CacheTag(string tenant) => "cms-pages:" + tenant;

    private const int MaxListItems = 1000;

    public static IEndpointRouteBuilder MapCmsPublicSite(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], HomeAsync).CacheOutput(CachePolicy).WithName("Home");
        endpoints.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], PageAsync).CacheOutput(CachePolicy).WithName("ContentPage");
        return endpoints;
    }

    private static async Task<IResult> HomeAsync(IContentManager content, ContentRenderer renderer, PageWriter pages, CancellationToken cancellationToken)
    {
        var home = await content.GetHomepageAsync(cancellationToken);
        return home is null
            ? await pages.NotFoundAsync("/", cancellationToken)
            : await pages.PageAsync(new PageInfo(home.DisplayText ?? "", "/"), await renderer.RenderItemAsync(home, Alternates.Detail, cancellationToken), cancellationToken);
    }

    private static async Task<IResult> PageAsync(
        string path, IContentManager content, IContentDefinitionManager definitions, ContentRenderer renderer, PageWriter pages, CancellationToken cancellationToken)
    {
        var normalized = path.Trim('/');
        if (normalized.Length == 0 || normalized.Length > 1024)
        {
            return await pages.NotFoundAsync("/" + normalized, cancellationToken);
        }

        var item = await content.GetByRouteAsync(normalized, cancellationToken);
        if (item is not null)
        {
            var body = await renderer.RenderItemAsync(item, Alternates.Detail, cancellationToken);
            return await pages.PageAsync(new PageInfo(item.DisplayText ?? "", "/" + normalized), body, cancellationToken);
        }

        var listing = ListingSettings.All(await definitions.GetAsync(cancellationToken))
            .FirstOrDefault(x => string.Equals(x.Listing.Path!.Trim('/'), normalized, StringComparison.OrdinalIgnoreCase));
        if (listing.Type is not null)
        {
            var items = await content.QueryAsync(new ContentQuery { ContentType = listing.Type.Name, Take = MaxListItems }, cancellationToken);
            var body = await renderer.RenderListAsync(listing.Type, listing.Listing, items, cancellationToken);
            var title = listing.Listing.DisplayName ?? listing.Type.DisplayName ?? listing.Type.Name;
            return await pages.PageAsync(new PageInfo(title, "/" + normalized, Description: listing.Listing.Description), body, cancellationToken);
        }

        return await pages.NotFoundAsync("/" + normalized, cancellationToken);
    }
}
