using System.Globalization;
using BananPark.Cms.Core.Search;

namespace BananPark.Cms.Search.Endpoints;

/// <summary>The page links of a result, in the shape the theme's <c>Pager</c> template reads, each keeping the query.</summary>
internal static class SearchPager
{
    private const int Nearby = 2;

    /// <summary>The URL of page <paramref name="page"/> of the results for <paramref name="query"/>.</summary>
    public static string UrlOf(string query, int page)
        => "/search?q=" + Uri.EscapeDataString(query) + (page > 1 ? "&page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    public static Dictionary<string, object?> Model(string query, SearchResults results)
    {
        var count = results.PageCount;
        var number = results.Page;
        var links = new List<Dictionary<string, object?>>();
        var previous = 0;
        foreach (var page in Enumerable.Range(1, count).Where(p => p == 1 || p == count || Math.Abs(p - number) <= Nearby))
        {
            if (page > previous + 1)
            {
                links.Add(new Dictionary<string, object?> { ["Gap"] = true });
            }

            links.Add(new Dictionary<string, object?> { ["Number"] = page, ["Url"] = UrlOf(query, page), ["Current"] = page == number });
            previous = page;
        }

        return new Dictionary<string, object?>
        {
            ["Number"] = number,
            ["PageCount"] = count,
            ["PreviousUrl"] = number > 1 ? UrlOf(query, Math.Min(number - 1, count)) : null,
            ["NextUrl"] = number < count ? UrlOf(query, number + 1) : null,
            ["Links"] = links,
        };
    }
}
