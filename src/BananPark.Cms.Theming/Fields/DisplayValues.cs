using System.Text.Json;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Fields;

/// <summary>Reads of a stored value and the encoding every field display shares.</summary>
public static class DisplayValues
{
    /// <summary>The string property <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? Text(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The strings of the array property <paramref name="name"/> (other values skipped).</summary>
    public static IEnumerable<string> Texts(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    /// <summary>The number property <paramref name="name"/>, or null when absent, not a number or outside decimal's range.</summary>
    public static decimal? Number(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            && value.TryGetDecimal(out var number) ? number : null;

    /// <summary>Text HTML-encoded as the templates encode it.</summary>
    public static string Encode(string text) => MarkupEncoder.Instance.Encode(text);

    /// <summary>The non-empty parts joined with commas; null when none is left.</summary>
    public static string? Join(IEnumerable<string> parts)
    {
        var list = parts.Where(p => p.Length > 0).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    /// <summary>The HTML, or null when it is blank.</summary>
    public static string? NonBlank(string html) => string.IsNullOrWhiteSpace(html) ? null : html;
}
