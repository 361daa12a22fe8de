using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Search;

/// <summary>The <c>Cms:Search</c> settings. Validated on start.</summary>
public sealed class SearchOptions
{
    /// <summary>Hits per page of <c>/search</c> (default 10).</summary>
    [Range(1, Core.Search.SearchQuery.MaxPageSize)]
    public int PageSize { get; set; } = 10;

    /// <summary>Most characters of an item's text that are indexed beyond its title (default 20,000).</summary>
    [Range(100, 1_000_000)]
    public int MaxBodyLength { get; set; } = 20_000;
}
