namespace BananPark.Cms.Core.Search;

/// <summary>What the index keeps of one published item in one culture.</summary>
/// <param name="ContentItemId">The item's stable id.</param>
/// <param name="ContentType">The item's type.</param>
/// <param name="Culture">The culture of the text; empty for the site's default culture.</param>
/// <param name="Title">The display text; title matches rank first.</param>
/// <param name="Route">The public URL of the item (<c>/enterprises/x</c>).</param>
/// <param name="Body">The rest of the item's text, plain (no markup).</param>
/// <param name="Facets">The item's facet values (<see cref="DirectoryFacets"/>), for the list page's filters and counts.</param>
public sealed record SearchDocument(string ContentItemId, string ContentType, string Culture, string Title, string Route, string Body,
    IReadOnlyList<FacetValue>? Facets = null);

/// <summary>One value an item has for one facet (an item id, a text, <c>true</c> or <c>false</c>).</summary>
public sealed record FacetValue(string Facet, string Value);
