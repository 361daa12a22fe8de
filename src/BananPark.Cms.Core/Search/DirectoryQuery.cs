namespace BananPark.Cms.Core.Search;

/// <summary>
/// One page of a type's list filtered by facets and text: OR among one facet's selected values, AND across facets
/// and with the text (every word must match, as in <see cref="SearchQuery"/>). Counts are given for every facet in
/// <see cref="Facets"/>, each over the items the other facets and the text leave (so a visitor sees what choosing a
/// value would give).
/// </summary>
public sealed record DirectoryQuery
{
    /// <summary>The listed type.</summary>
    public required string ContentType { get; init; }

    /// <summary>The facets to count (names as in <see cref="DirectoryFacet.Name"/>).</summary>
    public IReadOnlyList<string> Facets { get; init; } = [];

    /// <summary>Per facet name, the selected values; a facet not in <see cref="Facets"/> is ignored.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Selected { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words every item must contain; empty for none.</summary>
    public string? Text { get; init; }

    /// <summary>Items to skip.</summary>
    public int Skip { get; init; }

    /// <summary>Items to return (0: counts only).</summary>
    public int Take { get; init; } = 20;
}

/// <summary>One value of a facet and how many items have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>A page of a faceted list.</summary>
/// <param name="ContentItemIds">The page's items, by display text.</param>
/// <param name="Total">Items matching in all.</param>
/// <param name="Counts">Per facet name, its values with counts, most items first.</param>
public sealed record DirectoryResults(IReadOnlyList<string> ContentItemIds, int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Counts);
