using System.Globalization;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Crawlers;

/// <summary>
/// Which sitemaps the site has: one per type whose items have public URLs (an <c>AutoroutePart</c>) or that has
/// a list page (<see cref="ListingSettings.Path"/>), each split into files of at most <see cref="MaxUrls"/> URLs,
/// named <c>/sitemaps/{Type}-{n}.xml</c> (n from 1). The list page is the first URL of a type's first file.
/// </summary>
public static partial class SitemapPlan
{
    /// <summary>Most URLs in one sitemap file (the sitemaps.org limit).</summary>
    public const int MaxUrls = 50_000;

    /// <summary>Where the sitemap index is.</summary>
    public const string IndexPath = "/sitemap.xml";

    /// <summary>The types with a sitemap, by name, each with its list page's URL (or null).</summary>
    public static IReadOnlyList<(ContentTypeDefinition Type, string? ListUrl)> Types(ContentDefinition definition)
    {
        var lists = ListingSettings.All(definition).ToDictionary(x => x.Type.Name, x => "/" + x.Listing.Path!.Trim('/'), StringComparer.Ordinal);
        return definition.Types
            .Where(t => t.HasPart("AutoroutePart") || lists.ContainsKey(t.Name))
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (t, lists.GetValueOrDefault(t.Name)))
            .ToList();
    }

    /// <summary>How many files a type with <paramref name="items"/> routed items (and a list page or not) needs; 0 when it has no URL.</summary>
    public static int PageCount(int items, bool hasList, int pageSize = MaxUrls)
        => (int)(((long)items + (hasList ? 1 : 0) + pageSize - 1) / pageSize);

    /// <summary>What file <paramref name="page"/> holds: the list page or not, and which items.</summary>
    public static (bool List, int Skip, int Take) Slice(int page, bool hasList, int items, int pageSize = MaxUrls)
    {
        var listed = hasList ? 1 : 0;
        var start = (long)(page - 1) * pageSize;
        var end = Math.Min(start + pageSize, (long)items + listed);
        var first = Math.Max(start, listed);
        return (hasList && page == 1, (int)Math.Max(0, first - listed), (int)Math.Max(0, end - first));
    }

    /// <summary>The file of page <paramref name="page"/> of <paramref name="type"/>'s sitemap.</summary>
    public static string FilePath(string type, int page) => $"/sitemaps/{type}-{page.ToString(CultureInfo.InvariantCulture)}.xml";

    /// <summary>Reads <c>{Type}-{n}.xml</c>; anything else (dots, slashes, encoded characters, a page past 999,999) is not a sitemap.</summary>
    public static bool TryParse(string? file, out string type, out int page)
    {
        var match = file is { Length: <= 300 } ? FileName().Match(file) : Match.Empty;
        type = match.Success ? match.Groups["type"].Value : "";
        page = match.Success ? int.Parse(match.Groups["page"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    [GeneratedRegex(@"^(?<type>[A-Za-z0-9_]{1,255})-(?<page>[1-9][0-9]{0,5})\.xml$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex FileName();
}
