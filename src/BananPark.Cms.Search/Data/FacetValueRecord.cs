namespace BananPark.Cms.Search.Data;

/// <summary>
/// One value a published item has for one facet of its type (<see cref="Core.Search.DirectoryFacets"/>): written and
/// removed with the item's <see cref="SearchDocumentRecord"/>, so a list page counts values with one <c>GROUP BY</c>
/// over an index instead of reading items.
/// </summary>
public sealed class FacetValueRecord
{
    /// <summary>Most characters of <see cref="Facet"/>.</summary>
    public const int FacetLength = 128;

    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string ContentType { get; set; } = "";

    /// <summary>The facet's name (its query parameter).</summary>
    public string Facet { get; set; } = "";

    /// <summary>An item id, a text, <c>true</c> or <c>false</c>; at most <see cref="Core.Search.DirectoryFacets.MaxValueLength"/> characters.</summary>
    public string Value { get; set; } = "";
}
