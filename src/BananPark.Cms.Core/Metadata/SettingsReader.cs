using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Metadata;

/// <summary>Reads typed settings out of a definition's settings object (keyed by class name).</summary>
public static class SettingsReader
{
    /// <summary>Deserializes <c>Settings[typeof(T).Name]</c>, or a default instance when absent.</summary>
    public static T Read<T>(JsonObject settings) where T : new()
        => settings[typeof(T).Name] is JsonObject json ? json.Deserialize<T>(ContentJson.Options) ?? new T() : new T();

    /// <summary>A string setting, or null.</summary>
    public static string? GetString(JsonObject settings, string group, string name)
        => settings[group] is JsonObject json && json[name] is JsonValue value && value.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>Orchard stores positions as strings ("0", "1", "2.5"); unparsable ones sort last.</summary>
    public static double Position(JsonObject settings, string group)
    {
        if (settings[group] is not JsonObject json || json["Position"] is not JsonValue value)
        {
            return double.MaxValue;
        }

        if (value.TryGetValue<double>(out var number))
        {
            return number;
        }

        return value.TryGetValue<string>(out var text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            ? number
            : double.MaxValue;
    }
}
