using System.Text.Json.Nodes;

namespace BananPark.Cms.Content.Fields;

/// <summary>
/// A stored value as one line of text for people, whatever its kind: strings as they are, numbers and
/// booleans as JSON writes them, arrays joined with commas, an object of one property as that property,
/// others as <c>Name: value</c> pairs. Kinds that read better otherwise say so in their rules (a link).
/// </summary>
public static class ValueText
{
    /// <summary>The text of <paramref name="node"/>; null when it is absent.</summary>
    public static string? Of(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value => value.ToJsonString(),
        JsonArray array => string.Join(", ", array.Select(Of).Where(t => !string.IsNullOrEmpty(t))),
        JsonObject json when json.Count == 1 => Of(json.First().Value),
        JsonObject json => string.Join("; ", json.Select(p => $"{p.Key}: {Of(p.Value)}").Where(t => !t.EndsWith(": ", StringComparison.Ordinal))),
        _ => node.ToJsonString(),
    };
}
