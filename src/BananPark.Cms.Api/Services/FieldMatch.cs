using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// Whether an item's field holds a value, for <c>field.Part.Field=value</c>: any value the field object carries
/// (<c>Text</c>, <c>Value</c>, <c>Url</c>, each of <c>ContentItemIds</c>, …) equal to it, text exactly, numbers
/// and booleans by their JSON text. No kind is special-cased, so a new field kind filters the same way.
/// </summary>
public static class FieldMatch
{
    /// <summary>True when <paramref name="item"/> meets every filter.</summary>
    public static bool All(ContentItemSnapshot item, IReadOnlyList<(string Part, string Field, string Value)> filters)
        => filters.All(f => item.Field(f.Part, f.Field) is { } field && Holds(field, f.Value));

    private static bool Holds(JsonElement field, string value)
        => field.EnumerateObject().Any(p => Equal(p.Value, value));

    private static bool Equal(JsonElement element, string value) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() == value,
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText() == value,
        JsonValueKind.Array => element.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Array && Equal(e, value)),
        _ => false,
    };
}
