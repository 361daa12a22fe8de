using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.OpenId.Admin;

/// <summary>Reads the OpenID screens' posted fields: texts, ticked boxes, and lists typed one per line.</summary>
internal static class PostedLists
{
    /// <summary>The field's text, trimmed; empty when absent.</summary>
    public static string Text(IFormCollection form, string name) => form[name].ToString().Trim();

    /// <summary>True when the box was ticked.</summary>
    public static bool Ticked(IFormCollection form, string name) => form[name].Any(v => v == "true");

    /// <summary>Every value posted under the name (checkboxes), without empties and repeats.</summary>
    public static List<string> Values(IFormCollection form, string name)
        => [.. form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal)];

    /// <summary>The lines of a text area, trimmed, without empty lines and repeats, in the order typed.</summary>
    public static List<string> Lines(IFormCollection form, string name)
        => [.. Text(form, name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>A list as its text area shows it.</summary>
    public static string Join(IEnumerable<string> lines) => string.Join("\n", lines);
}
