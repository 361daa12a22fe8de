using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// The facet values of an item, by its type's <see cref="DirectoryFacets"/>: its container's id, a picker's ids, a
/// text field's text (trimmed; empty or too long gives none), a yes/no field's <c>true</c> or <c>false</c>.
/// </summary>
public static class FacetValues
{
    /// <summary>The values of <paramref name="item"/>, each facet's values once.</summary>
    public static IReadOnlyList<FacetValue> Of(ContentItem item, ContentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(item);
        var values = new List<FacetValue>();
        foreach (var facet in DirectoryFacets.Of(definition, item.ContentType))
        {
            values.AddRange(Read(item, facet).Where(DirectoryFacets.IsValue).Distinct(StringComparer.Ordinal).Select(v => new FacetValue(facet.Name, v!)));
        }

        return values;
    }

    private static IEnumerable<string?> Read(ContentItem item, DirectoryFacet facet)
    {
        if (facet.Source == FacetSource.Container)
        {
            return [item.As<ContainedPart>()?.ListContentItemId];
        }

        var field = (item.Content[facet.PartName!] as JsonObject)?[facet.FieldName!] as JsonObject;
        return facet.Kind switch
        {
            "ContentPickerField" => field?["ContentItemIds"] is JsonArray ids
                ? ids.Select(i => i is JsonValue v && v.TryGetValue<string>(out var id) ? id : null)
                : [],
            "TextField" => [field?["Text"] is JsonValue t && t.TryGetValue<string>(out var text) ? text.Trim() : null],
            "BooleanField" => [field?["Value"] is JsonValue b && b.TryGetValue<bool>(out var value) && value ? "true" : "false"],
            _ => [],
        };
    }
}
