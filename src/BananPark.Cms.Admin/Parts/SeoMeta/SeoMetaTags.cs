using System.Text.Json.Nodes;

namespace BananPark.Cms.Admin.Parts.SeoMeta;

/// <summary>
/// The custom meta tags as editors type them: one a line, <c>name = content</c>. A name with a colon
/// (<c>og:locale</c>, <c>fb:app_id</c>) is an OpenGraph <c>Property</c>, any other a <c>Name</c>, as Orchard stores them.
/// </summary>
public static class SeoMetaTags
{
    /// <summary>The stored tags with a name or property, one a line.</summary>
    public static string ToLines(JsonNode? tags)
        => tags is JsonArray array
            ? string.Join('\n', array.OfType<JsonObject>().Select(Line).OfType<string>())
            : "";

    /// <summary>The typed lines as tags, after the stored ones nobody types (<c>HttpEquiv</c>, <c>Charset</c>), which are kept.</summary>
    public static JsonArray FromLines(string? lines, JsonNode? stored)
    {
        var tags = new JsonArray();
        foreach (var kept in (stored as JsonArray ?? []).OfType<JsonObject>().Where(t => Line(t) is null))
        {
            tags.Add(kept.DeepClone());
        }

        foreach (var line in (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var key = (equals < 0 ? line : line[..equals]).Trim();
            var content = equals < 0 ? "" : line[(equals + 1)..].Trim();
            tags.Add(new JsonObject { [key.Contains(':', StringComparison.Ordinal) ? "Property" : "Name"] = key, ["Content"] = content });
        }

        return tags;
    }

    private static string? Line(JsonObject tag)
    {
        var key = Text(tag, "Name") ?? Text(tag, "Property");
        return key is null ? null : $"{key} = {Text(tag, "Content")}";
    }

    private static string? Text(JsonObject tag, string name)
        => tag[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
