using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>Tolerant reads and tidy writes of single values in a definition's settings objects.</summary>
internal static class SettingsJson
{
    public static string? Text(JsonObject? settings, string name)
        => settings?[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    public static bool Bool(JsonObject? settings, string name)
        => settings?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    /// <summary>A number, also when stored as a string ("2"); null when absent or not a number.</summary>
    public static decimal? Number(JsonObject? settings, string name) => settings?[name] switch
    {
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<decimal>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text)
            && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    public static IReadOnlyList<string> Texts(JsonObject? settings, string name)
        => (settings?[name] as JsonArray ?? []).OfType<JsonValue>()
            .Select(v => v.TryGetValue<string>(out var text) ? text : null).OfType<string>().ToList();

    /// <summary>A whole number within <see cref="int"/>'s range, or null.</summary>
    public static int? Integer(JsonObject? settings, string name)
        => Number(settings, name) is { } number && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue ? (int)number : null;

    /// <summary>Sets the text, or removes the property when it is null.</summary>
    public static void Set(JsonObject settings, string name, string? value) => Set(settings, name, value is null ? null : JsonValue.Create(value));

    /// <summary>Sets the number, or removes the property when it is null.</summary>
    public static void Set(JsonObject settings, string name, int? value) => Set(settings, name, value is { } v ? JsonValue.Create(v) : null);

    /// <summary>Sets the number, or removes the property when it is null.</summary>
    public static void Set(JsonObject settings, string name, decimal? value) => Set(settings, name, value is { } v ? JsonValue.Create(v) : null);

    private static void Set(JsonObject settings, string name, JsonValue? value)
    {
        if (value is null)
        {
            settings.Remove(name);
            return;
        }

        settings[name] = value;
    }
}
