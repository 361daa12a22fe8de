using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services.Definitions;

namespace BananPark.Cms.Content.Fields.MultiText;

/// <summary>
/// The options of a multi-text field as Orchard stores them (<c>[{ "Name", "Value", "Default" }]</c>)
/// and as the field page edits them: one per line, <c>Label</c> or <c>Label | value</c>.
/// </summary>
internal static class MultiTextOptions
{
    private const int MaxLength = 256;

    public static string Format(JsonObject option)
    {
        var name = SettingsJson.Text(option, "Name") ?? "";
        var value = SettingsJson.Text(option, "Value") ?? name;
        return value == name ? name : $"{name} | {value}";
    }

    public static IEnumerable<string> Problems(string? text, int maxOptions)
    {
        var options = Parse(text);
        if (options.Count > maxOptions)
        {
            yield return $"A multi-text field has at most {maxOptions} options.";
        }

        foreach (var (name, value) in options.Where(o => o.Name.Length == 0 || o.Value.Length == 0))
        {
            yield return $"The option '{name} | {value}' needs a label and a value.";
        }

        foreach (var (name, _) in options.Where(o => o.Name.Length > MaxLength || o.Value.Length > MaxLength))
        {
            yield return $"The option '{name[..Math.Min(name.Length, 40)]}' is longer than {MaxLength} characters.";
        }

        foreach (var value in options.GroupBy(o => o.Value, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return $"The value '{value}' is used by more than one option.";
        }
    }

    /// <summary>The options as JSON; an option whose value was already there keeps its <c>Default</c> flag.</summary>
    public static JsonArray ToJson(string? text, JsonArray? existing)
    {
        var defaults = (existing ?? []).OfType<JsonObject>()
            .Where(o => SettingsJson.Bool(o, "Default")).Select(o => SettingsJson.Text(o, "Value")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new JsonArray(Parse(text).Select(o => (JsonNode?)new JsonObject
        {
            ["Name"] = o.Name,
            ["Value"] = o.Value,
            ["Default"] = defaults.Contains(o.Value),
        }).ToArray());
    }

    private static List<(string Name, string Value)> Parse(string? text)
        => (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|', 2, StringSplitOptions.TrimEntries))
            .Select(parts => (parts[0], parts.Length > 1 ? parts[1] : parts[0]))
            .ToList();
}
