using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// The JSON shape of every field kind and part the code knows, as Orchard stores them.
/// Used to reject a recipe or form whose values have the wrong shape before anything is written.
/// Kinds not listed here are kept as raw JSON without checks.
/// </summary>
public static class ContentSchemas
{
    /// <summary>Field kinds by name, with the shape of each property.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ValueShape>> Fields { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, ValueShape>>(StringComparer.Ordinal)
        {
            ["TextField"] = Shape(("Text", ValueShape.Text)),
            ["NumericField"] = Shape(("Value", ValueShape.Number)),
            ["BooleanField"] = Shape(("Value", ValueShape.Boolean)),
            ["DateField"] = Shape(("Value", ValueShape.Date)),
            ["DateTimeField"] = Shape(("Value", ValueShape.Date)),
            ["HtmlField"] = Shape(("Html", ValueShape.Text)),
            ["MarkdownField"] = Shape(("Markdown", ValueShape.Text)),
            ["LinkField"] = Shape(("Url", ValueShape.Text), ("Text", ValueShape.Text), ("Target", ValueShape.Text)),
            ["ContentPickerField"] = Shape(("ContentItemIds", ValueShape.TextArray)),
            ["MediaField"] = Shape(("Paths", ValueShape.TextArray), ("MediaTexts", ValueShape.TextArray), ("Anchors", ValueShape.Array)),
            ["MultiTextField"] = Shape(("Values", ValueShape.TextArray)),
        };

    /// <summary>Parts the code knows, with the shape of each property.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, ValueShape>> Parts { get; } =
        new Dictionary<string, IReadOnlyDictionary<string, ValueShape>>(StringComparer.Ordinal)
        {
            ["TitlePart"] = Shape(("Title", ValueShape.Text)),
            ["AutoroutePart"] = Shape(("Path", ValueShape.Text), ("SetHomepage", ValueShape.Boolean), ("Disabled", ValueShape.Boolean)),
            ["HtmlBodyPart"] = Shape(("Html", ValueShape.Text)),
            ["MarkdownBodyPart"] = Shape(("Markdown", ValueShape.Text)),
            ["ListPart"] = Shape(),
            ["ContainedPart"] = Shape(("ListContentItemId", ValueShape.Text), ("Order", ValueShape.Number)),
            ["PublishLaterPart"] = Shape(("ScheduledPublishUtc", ValueShape.Date)),
        };

    /// <summary>
    /// Parts Orchard attaches at run time without listing them on the type definition;
    /// an item may carry them whatever its type.
    /// </summary>
    public static IReadOnlySet<string> DynamicParts { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "ContainedPart", "LayerMetadata", "PublishLaterPart",
    };

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

    private static bool Matches(ValueShape shape, JsonNode value) => shape switch
    {
        ValueShape.Text => value.GetValueKind() == JsonValueKind.String,
        ValueShape.Number => value.GetValueKind() == JsonValueKind.Number,
        ValueShape.Boolean => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        ValueShape.Date => value.GetValueKind() == JsonValueKind.String && IsIsoDate(value.GetValue<string>()),
        ValueShape.TextArray => value is JsonArray array && array.All(v => v is null || v.GetValueKind() == JsonValueKind.String),
        ValueShape.Array => value is JsonArray,
        _ => false,
    };

    /// <summary>ISO 8601 only (<c>2002-12-01</c>, <c>2002-12-01T08:00:00Z</c>): "December 2002" is text, not a date.</summary>
    public static bool IsIsoDate(string text)
        => text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-'
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _);

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

    private static Dictionary<string, ValueShape> Shape(params (string Name, ValueShape Shape)[] properties)
        => properties.ToDictionary(p => p.Name, p => p.Shape, StringComparer.Ordinal);
}
