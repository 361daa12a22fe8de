using System.Text;
using BananPark.Cms.Core.Search;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// What a list page's query string asks for: per facet the selected values (<c>?group=ID&amp;group=ID2</c>: either
/// value, OR), across facets all of them (AND), and the text <c>?q=</c>. Parameters are the facets' names; an unknown
/// parameter or a value that cannot be one (a yes/no other than <c>true</c>/<c>false</c>, too long, a control
/// character) is ignored, and makes the request <see cref="Canonical"/> false. Links are
/// built in one order (facets in the type's order, then <c>q</c>, then <c>page</c>) so the same filters have one URL.
/// </summary>
public sealed class DirectoryRequest
{
    private DirectoryRequest(IReadOnlyList<DirectoryFacet> facets, Dictionary<string, List<string>> selected, string? text, bool canonical)
        => (Facets, Selected, Text, Canonical) = (facets, selected, text, canonical);

    /// <summary>The type's facets.</summary>
    public IReadOnlyList<DirectoryFacet> Facets { get; }

    /// <summary>Per facet name (in facet order), the selected values, each once.</summary>
    public IReadOnlyDictionary<string, List<string>> Selected { get; }

    /// <summary>The words to find; null for none.</summary>
    public string? Text { get; }

    /// <summary>True when every parameter was understood as given.</summary>
    public bool Canonical { get; }

    /// <summary>True when the request filters the list.</summary>
    public bool Filtered => Selected.Count > 0 || Text is not null;

    /// <summary>Reads <paramref name="query"/> for <paramref name="facets"/>.</summary>
    public static DirectoryRequest Parse(IQueryCollection query, IReadOnlyList<DirectoryFacet> facets)
    {
        ArgumentNullException.ThrowIfNull(query);
        var canonical = true;
        var selected = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var facet in facets)
        {
            var given = query[facet.Name].ToList();
            var values = given.Where(v => IsValue(facet, v)).Select(v => v!).Distinct(StringComparer.Ordinal).Take(DirectoryFacets.MaxSelectedValues).ToList();
            canonical &= values.Count == given.Count;
            if (values.Count > 0)
            {
                selected[facet.Name] = values;
            }
        }

        var texts = query[DirectoryFacets.TextParameter];
        var text = texts.Count > 0 ? Clean(texts[0]) : null;
        canonical &= texts.Count <= 1 && (texts.Count == 0 || texts[0]!.Length <= SearchQuery.MaxTextLength)
            && query.Keys.All(k => k.Equals(DirectoryFacets.TextParameter, StringComparison.OrdinalIgnoreCase)
                || k.Equals(DirectoryFacets.PageParameter, StringComparison.OrdinalIgnoreCase)
                || facets.Any(f => f.Name.Equals(k, StringComparison.OrdinalIgnoreCase)));
        return new DirectoryRequest(facets, selected, text, canonical);
    }

    /// <summary>The query string of these filters with <paramref name="facet"/>'s <paramref name="value"/> added, or removed when selected.</summary>
    public string Toggled(string facet, string value)
    {
        var selected = Selected.ToDictionary(s => s.Key, s => s.Value.ToList(), StringComparer.Ordinal);
        if (selected.TryGetValue(facet, out var values) && values.Remove(value))
        {
            if (values.Count == 0)
            {
                selected.Remove(facet);
            }
        }
        else
        {
            selected[facet] = [.. values ?? [], value];
        }

        return QueryOf(selected, Text);
    }

    /// <summary>The query string of these filters without <paramref name="facet"/> (null: without any facet, keeping the text).</summary>
    public string Without(string? facet)
        => QueryOf(facet is null ? [] : Selected.Where(s => s.Key != facet).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal), Text);

    /// <summary>The query string of these filters, without the page.</summary>
    public string Query => QueryOf(Selected.ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal), Text);

    private string QueryOf(Dictionary<string, List<string>> selected, string? text)
    {
        var query = new StringBuilder();
        void Add(string name, string value) => query.Append(query.Length == 0 ? "" : "&").Append(name).Append('=').Append(Uri.EscapeDataString(value));
        foreach (var facet in Facets)
        {
            foreach (var value in selected.GetValueOrDefault(facet.Name) ?? [])
            {
                Add(facet.Name, value);
            }
        }

        if (text is not null)
        {
            Add(DirectoryFacets.TextParameter, text);
        }

        return query.ToString();
    }

    private static bool IsValue(DirectoryFacet facet, string? value)
        => DirectoryFacets.IsValue(value) && (facet.Kind != "BooleanField" || value is "true" or "false");

    /// <summary>The text as searched: control characters as spaces, trimmed, cut at <see cref="SearchQuery.MaxTextLength"/>; null when blank.</summary>
    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = new string([.. text.Take(SearchQuery.MaxTextLength).Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }
}
