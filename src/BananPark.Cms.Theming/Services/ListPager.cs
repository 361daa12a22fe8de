using System.Globalization;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// One page of a public list (the directory, a cluster's enterprises): which page, how many there are, and
/// the links a template shows (numbers near the current one, first and last, gaps as "…").
/// Page numbers in URLs are <c>?page=N</c>; the first page has no parameter.
/// </summary>
public sealed class ListPager
{
    private const int Nearby = 2;

    public ListPager(string path, int number, int size, int total, string? query = null)
    {
        Path = path;
        Query = string.IsNullOrEmpty(query) ? null : query;
        Size = Math.Max(1, size);
        Total = Math.Max(0, total);
        PageCount = Math.Max(1, (Total + Size - 1) / Size);
        Number = Math.Clamp(number, 1, PageCount);
    }

    /// <summary>The list's path without a query, e.g. <c>/enterprises</c>.</summary>
    public string Path { get; }

    /// <summary>The filters every page link keeps (<c>group=…&amp;q=…</c>, escaped), or null.</summary>
    public string? Query { get; }

    /// <summary>The page shown, from 1.</summary>
    public int Number { get; }

    /// <summary>Items per page.</summary>
    public int Size { get; }

    /// <summary>Items in the whole list.</summary>
    public int Total { get; }

    /// <summary>How many pages the list has (at least 1).</summary>
    public int PageCount { get; }

    /// <summary>Items to skip for this page.</summary>
    public int Skip => (Number - 1) * Size;

    /// <summary>Position of the page's first item, from 1 (0 for an empty list).</summary>
    public int First => Total == 0 ? 0 : Skip + 1;

    /// <summary>Position of the page's last item.</summary>
    public int Last => Math.Min(Total, Skip + Size);

    public string? PreviousUrl => Number > 1 ? UrlOf(Number - 1) : null;

    public string? NextUrl => Number < PageCount ? UrlOf(Number + 1) : null;

    /// <summary>The page links: each with <c>Number</c>, <c>Url</c> and <c>Current</c>; a gap has no number.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Links
    {
        get
        {
            var links = new List<Dictionary<string, object?>>();
            var previous = 0;
            foreach (var page in Enumerable.Range(1, PageCount).Where(p => p == 1 || p == PageCount || Math.Abs(p - Number) <= Nearby))
            {
                if (page > previous + 1)
                {
                    links.Add(new Dictionary<string, object?> { ["Gap"] = true });
                }

                links.Add(new Dictionary<string, object?> { ["Number"] = page, ["Url"] = UrlOf(page), ["Current"] = page == Number });
                previous = page;
            }

            return links;
        }
    }

    /// <summary>The URL of page <paramref name="page"/>.</summary>
    public string UrlOf(int page)
    {
        var query = Query is null ? "" : Query + (page <= 1 ? "" : "&");
        var number = page <= 1 ? "" : "page=" + page.ToString(CultureInfo.InvariantCulture);
        return query.Length + number.Length == 0 ? Path : Path + "?" + query + number;
    }

    /// <summary>What templates see: the numbers and links, as plain values.</summary>
    public Dictionary<string, object?> ToModel(IReadOnlyList<ContentItemModel> items) => new()
    {
        ["Items"] = items,
        ["Number"] = Number,
        ["PageCount"] = PageCount,
        ["Total"] = Total,
        ["First"] = First,
        ["Last"] = Last,
        ["PreviousUrl"] = PreviousUrl,
        ["NextUrl"] = NextUrl,
        ["Links"] = Links,
    };

    /// <summary>
    /// The page a request asks for: <c>?page=N</c> with N a whole number from 1; anything else (missing, not a
    /// number, zero, negative, too large) is page 1, so a malformed link never fails.
    /// </summary>
    public static int Requested(string? value)
        => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;
}
