using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>
/// The part of the output-cache key that a list page's filters make: the filters as the page reads them
/// (<see cref="DirectoryRequest.Query"/>: its facets and <c>q</c>, in one order), empty for any other page. A made-up
/// parameter or value is ignored by the page and so by the key: such URLs share the entry of the page they mean and
/// cannot fill the cache. The definitions are in memory, so the lookup costs no query.
/// </summary>
internal static class ListQueryKey
{
    public const string Name = "filters";

    public static async ValueTask<KeyValuePair<string, string>> OfAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var path = context.Request.Path.Value?.Trim('/') ?? "";
        if (!context.Request.QueryString.HasValue || path.Length == 0 || context.RequestServices.GetService<ISearchIndex>() is null)
        {
            return new(Name, "");
        }

        var definition = await context.RequestServices.GetRequiredService<IContentDefinitionManager>().GetAsync(cancellationToken);
        var listing = ListingSettings.All(definition).FirstOrDefault(x => string.Equals(x.Listing.Path!.Trim('/'), path, StringComparison.OrdinalIgnoreCase));
        return listing.Type is null
            ? new(Name, "")
            : new(Name, DirectoryRequest.Parse(context.Request.Query, DirectoryFacets.Of(definition, listing.Type.Name)).Query);
    }
}
