using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Search;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// What a list template sees of its facets (<c>Model.Directory</c>): the text searched, the hidden fields that keep
/// the selected values when the search form is sent, and per facet its values A to Z with their counts, whether each
/// is selected and the link that adds or removes it (plain links: no script needed). Picked items show their display
/// text; a value whose item is no longer published is left out unless it is selected.
/// </summary>
public static class DirectoryModel
{
    /// <summary>The model of <paramref name="request"/> with <paramref name="counts"/> for the list at <paramref name="path"/>.</summary>
    public static async Task<Dictionary<string, object?>> BuildAsync(
        string path, DirectoryRequest request, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> counts, IPublishedContent published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(published);
        var itemIds = request.Facets.Where(f => f.ValuesAreItems)
            .SelectMany(f => counts.GetValueOrDefault(f.Name)?.Select(c => c.Value) ?? [])
            .Concat(request.Facets.Where(f => f.ValuesAreItems).SelectMany(f => request.Selected.GetValueOrDefault(f.Name) ?? []));
        var titles = (await published.GetManyAsync(itemIds, cancellationToken)).ToDictionary(i => i.ContentItemId, i => i.DisplayText ?? i.ContentItemId, StringComparer.Ordinal);

        string Url(string query) => query.Length == 0 ? path : path + "?" + query;
        var facets = new List<Dictionary<string, object?>>();
        foreach (var facet in request.Facets)
        {
            var selected = request.Selected.GetValueOrDefault(facet.Name) ?? [];
            var values = (counts.GetValueOrDefault(facet.Name) ?? []).ToDictionary(c => c.Value, c => c.Count, StringComparer.Ordinal);
            foreach (var value in selected)
            {
                values.TryAdd(value, 0);
            }

            var shown = values
                .Select(v => (v.Key, v.Value, Label: Label(facet, v.Key, titles), Selected: selected.Contains(v.Key)))
                .Where(v => v.Label is not null || v.Selected)
                .OrderBy(v => v.Label ?? v.Key, StringComparer.CurrentCultureIgnoreCase).ThenBy(v => v.Key, StringComparer.Ordinal)
                .Select(v => new Dictionary<string, object?>
                {
                    ["Value"] = v.Key,
                    ["Label"] = v.Label ?? v.Key,
                    ["Count"] = v.Value,
                    ["Selected"] = v.Selected,
                    ["Url"] = Url(request.Toggled(facet.Name, v.Key)),
                })
                .ToList();
            facets.Add(new Dictionary<string, object?>
            {
                ["Name"] = facet.Name,
                ["Title"] = facet.DisplayName,
                ["Values"] = shown,
                ["Selected"] = selected.Count > 0,
                ["ClearUrl"] = Url(request.Without(facet.Name)),
            });
        }

        return new Dictionary<string, object?>
        {
            ["Text"] = request.Text,
            ["Filtered"] = request.Filtered,
            ["ClearUrl"] = path,
            ["Hidden"] = request.Selected.SelectMany(s => s.Value.Select(v => new Dictionary<string, object?> { ["Name"] = s.Key, ["Value"] = v })).ToList(),
            ["Facets"] = facets,
        };
    }

    private static string? Label(DirectoryFacet facet, string value, Dictionary<string, string> titles) => facet.Kind switch
    {
        "BooleanField" => value == "true" ? "Yes" : "No",
        _ when facet.ValuesAreItems => titles.GetValueOrDefault(value),
        _ => value,
    };
}
