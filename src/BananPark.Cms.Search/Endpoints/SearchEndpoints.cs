using BananPark.Cms.Core.Search;
using BananPark.Cms.Search.Services;
using BananPark.Cms.Theming.Endpoints;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Search.Endpoints;

/// <summary>
/// <c>/search?q=…&amp;page=N</c>: the public search page, rendered by the theme's <c>Search</c> template in the site's
/// layout, a plain GET form that works without JavaScript. Any query answers 200: an empty box shows the form, a
/// query without matches or a page past the end an empty result. Not output-cached: the index changes with every
/// publish, and a cache keyed by every query visitors type would only fill memory.
/// </summary>
public static class SearchEndpoints
{
    /// <summary>The path of the search page.</summary>
    public const string Path = "/search";

    /// <summary>The query parameter holding the words.</summary>
    public const string QueryParameter = "q";

    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], SearchAsync).WithName("Search");
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(
        HttpContext http, ISearchIndex index, ContentRenderer renderer, PageWriter pages, IOptions<SearchOptions> options, CancellationToken cancellationToken)
    {
        var raw = http.Request.Query[QueryParameter].FirstOrDefault() ?? "";
        var terms = SearchTerms.Parse(raw);
        // What the box shows again and the pager links carry: the words that were searched for, nothing more.
        var query = string.Join(' ', terms.Words);
        var page = ListPager.Requested(http.Request.Query[ListPagerParameter]);
        var results = await index.QueryAsync(new SearchQuery { Text = query, Page = page, PageSize = options.Value.PageSize }, cancellationToken);
        var first = results.Total == 0 || results.Hits.Count == 0 ? 0 : ((results.Page - 1) * results.PageSize) + 1;
        var model = new Dictionary<string, object?>
        {
            ["Query"] = query,
            ["Searched"] = !terms.IsEmpty,
            ["Total"] = results.Total,
            ["First"] = first,
            ["Last"] = first == 0 ? 0 : first + results.Hits.Count - 1,
            ["Hits"] = results.Hits.Select(h => new Dictionary<string, object?>
            {
                ["Title"] = h.Title.Length > 0 ? h.Title : h.Route,
                ["Url"] = h.Route,
                ["ContentType"] = h.ContentType,
                ["Snippet"] = h.SnippetHtml,
            }).ToList(),
            ["Pager"] = SearchPager.Model(query, results),
        };
        var body = await renderer.RenderNamedAsync("Search", model, cancellationToken);
        var title = terms.IsEmpty ? "Search" : "Search: " + query;
        return await pages.PageAsync(new PageInfo(title, Path), body, cancellationToken);
    }

    private const string ListPagerParameter = PublicSiteEndpoints.PageParameter;
}
