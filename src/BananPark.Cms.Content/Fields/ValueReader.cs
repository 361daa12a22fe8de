using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Content.Fields;

/// <summary>
/// Tolerant reads of stored part and field values. Property names match case-insensitively, as the JSON
/// reader does, so a value stored as <c>"url"</c> is checked like one stored as <c>"Url"</c>.
/// </summary>
public static class ValueReader
{
    /// <summary>The string values of every property named <paramref name="name"/> (any case); null for other values.</summary>
    public static IEnumerable<string?> Texts(JsonObject? json, string name)
        => Properties(json, name).Select(node => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null);

    /// <summary>The strings of every array property named <paramref name="name"/> (any case).</summary>
    public static IEnumerable<string?> TextArray(JsonObject? json, string name)
        => Properties(json, name).OfType<JsonArray>().SelectMany(a => a)
            .Select(node => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null);

    /// <summary>The numbers of every property named <paramref name="name"/> (any case); values outside decimal's range are skipped.</summary>
    public static IEnumerable<decimal> Numbers(JsonObject? json, string name)
    {
        foreach (var node in Properties(json, name))
        {
            if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
                && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                yield return number;
            }
        }
    }

    /// <summary>The property <paramref name="name"/>, spelled exactly or in another case.</summary>
    public static JsonNode? Property(JsonObject json, string name)
        => json.TryGetPropertyValue(name, out var exact) ? exact : Properties(json, name).FirstOrDefault();

    /// <summary>True for text that is not null, empty or white space.</summary>
    public static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);

    private static IEnumerable<JsonNode?> Properties(JsonObject? json, string name)
        => json is null ? [] : json.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value);
}
