using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Reads an item's fields as the type defines them. Property names match case-insensitively, as
/// the JSON reader does, so a value stored as <c>"url"</c> is checked like one stored as <c>"Url"</c>.
/// </summary>
internal static class FieldSlots
{
    public static IEnumerable<FieldSlot> Of(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
    {
        foreach (var attached in type.Parts)
        {
            if (definition.FindPart(attached.PartName) is not { } part)
            {
                continue;
            }

            var partJson = item.Content[attached.Name] as JsonObject;
            foreach (var field in part.Fields)
            {
                var value = partJson is null ? null : Property(partJson, field.Name) as JsonObject;
                yield return new FieldSlot($"{attached.Name}.{field.Name}", field.DisplayName, field, value);
            }
        }
    }

    /// <summary>The string values of every property named <paramref name="name"/> (any case).</summary>
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

    public static JsonNode? Property(JsonObject json, string name)
        => json.TryGetPropertyValue(name, out var exact) ? exact : Properties(json, name).FirstOrDefault();

    private static IEnumerable<JsonNode?> Properties(JsonObject? json, string name)
        => json is null ? [] : json.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Value);
}
