using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// Checks a stored value against the shape of its kind (see <see cref="Kinds.ContentFieldKind"/> and
/// <see cref="Kinds.ContentPartKind"/>), as Orchard stores them: a recipe or form whose values have the
/// wrong shape is rejected before anything is written. Kinds the code does not know are kept as raw JSON.
/// </summary>
public static class ValueShapes
{
    /// <summary>A shape from its properties, e.g. <c>Of(("Text", ValueShape.Text))</c>.</summary>
    public static IReadOnlyDictionary<string, ValueShape> Of(params (string Name, ValueShape Shape)[] properties)
        => properties.ToDictionary(p => p.Name, p => p.Shape, StringComparer.Ordinal);

    /// <summary>Checks <paramref name="node"/> against a shape; returns each problem with the path of the offending value.</summary>
    public static IEnumerable<(string Path, string Message)> Validate(IReadOnlyDictionary<string, ValueShape> shape, JsonNode? node, string path)
    {
        if (node is null)
        {
            yield break;
        }

        if (node is not JsonObject json)
        {
            yield return (path, $"{path}: expected an object, found {Describe(node)}.");
            yield break;
        }

        foreach (var (name, expected) in shape)
        {
            var value = json.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
            if (value is not null && !Matches(expected, value))
            {
                yield return ($"{path}.{name}", $"{path}.{name}: expected {expected}, found {Describe(value)}.");
            }
        }
    }

    /// <summary>ISO 8601 only (<c>2002-12-01</c>, <c>2002-12-01T08:00:00Z</c>): "December 2002" is text, not a date.</summary>
    public static bool IsIsoDate(string text)
        => text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-'
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

    private static bool Matches(ValueShape shape, JsonNode value) => shape switch
    {
        ValueShape.Text => value.GetValueKind() == JsonValueKind.String,
        ValueShape.Number => value.GetValueKind() == JsonValueKind.Number,
        ValueShape.Boolean => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ValueShape.Date => value.GetValueKind() == JsonValueKind.String && IsIsoDate(value.GetValue<string>()),
        ValueShape.TextArray => value is JsonArray array && array.All(v => v is null || v.GetValueKind() == JsonValueKind.String),
        ValueShape.Array => value is JsonArray,
        ValueShape.Record => value is JsonObject,
        _ => false,
    };

    private static string Describe(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => $"the string \"{Truncate(node.GetValue<string>())}\"",
        JsonValueKind.Number => $"the number {node.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {node.ToJsonString()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        var kind => kind.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
