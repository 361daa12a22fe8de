using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>
/// The items of one page of a type's list and, when the type has facets (or the request searches), the facets'
/// counts. Unfiltered, the page is read as before (by display text through <see cref="IPublishedContent"/>) and the
/// counts come from the search index; filtered, the index finds the page's ids and their number and the items are
/// read by id. A site without search (no <see cref="ISearchIndex"/>) lists without facets.
/// </summary>
internal static class DirectoryList
{
    /// <summary>The page's items, the request's filters (null without facets or search) and the facets' counts.</summary>
    public sealed record Result(ContentPage Page, DirectoryRequest? Request, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Counts);

    public static async Task<Result> ReadAsync(
        HttpContext http, ContentTypeDefinition type, ContentDefinition definition, IPublishedContent content, int skip, int take, CancellationToken cancellationToken)
    {
        var index = http.RequestServices.GetService<ISearchIndex>();
        var facets = DirectoryFacets.Of(definition, type.Name);
        var request = index is null ? null : DirectoryRequest.Parse(http.Request.Query, facets);
        if (request is null || (facets.Count == 0 && request.Text is null))
        {
            return new Result(await UnfilteredAsync(content, type, skip, take, cancellationToken), null, new Dictionary<string, IReadOnlyList<FacetCount>>());
        }

        var query = new DirectoryQuery
        {
            ContentType = type.Name,
            Facets = [.. facets.Select(f => f.Name)],
            Selected = request.Selected.ToDictionary(s => s.Key, s => (IReadOnlyList<string>)s.Value, StringComparer.Ordinal),
            Text = request.Text,
            Skip = skip,
            Take = request.Filtered ? take : 0,
        };
        var results = await index!.DirectoryAsync(query, cancellationToken);
        if (!request.Filtered)
        {
            return new Result(await UnfilteredAsync(content, type, skip, take, cancellationToken), request, results.Counts);
        }

        var items = await content.GetManyAsync(results.ContentItemIds, cancellationToken);
        return new Result(new ContentPage(items, results.Total, skip, take), request, results.Counts);
    }

    private static Task<ContentPage> UnfilteredAsync(IPublishedContent content, ContentTypeDefinition type, int skip, int take, CancellationToken cancellationToken)
        => content.QueryAsync(new ContentQuery { ContentType = type.Name, Skip = skip, Take = take }, cancellationToken);
}
