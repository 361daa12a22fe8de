using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services;

/// <summary>One field (or part property) that differs between two versions.</summary>
/// <param name="Path">Where the value lives, e.g. <c>Enterprise.Website</c>.</param>
/// <param name="Label">The name editors know it by, e.g. <c>Website</c>.</param>
/// <param name="Before">The old value as text; null when it was absent.</param>
/// <param name="After">The new value as text; null when it was removed.</param>
public sealed record FieldChange(string Path, string Label, string? Before, string? After);

/// <summary>
/// Field-level differences between two versions of an item, labelled from the definitions.
/// Each field is compared whole and shown as text (a link as "text &lt;url&gt;", lists joined).
/// </summary>
public static class ContentDiff
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "PublishLaterPart" };

    /// <summary>The changes from <paramref name="before"/> (null: an empty item) to <paramref name="after"/>.</summary>
    public static IReadOnlyList<FieldChange> Compare(ContentItem? before, ContentItem after, ContentDefinition definition)
    {
        var type = definition.FindType(after.ContentType);
        var changes = new List<FieldChange>();
        var partNames = (type?.OrderedParts.Select(p => p.Name) ?? [])
            .Concat(after.Content.Select(p => p.Key))
            .Concat(before?.Content.Select(p => p.Key) ?? [])
            .Distinct(StringComparer.Ordinal)
            .Where(n => !Ignored.Contains(n));
        foreach (var partName in partNames)
        {
            var attached = type?.FindPart(partName);
            var fields = attached is null ? null : definition.FindPart(attached.PartName);
            var old = before?.Content[partName];
            var now = after.Content[partName];
            if (JsonNode.DeepEquals(old, now))
            {
                continue;
            }

            if (old is JsonObject or null && now is JsonObject or null)
            {
                CompareProperties(partName, attached, fields, old as JsonObject, now as JsonObject, changes);
            }
            else
            {
                changes.Add(new FieldChange(partName, attached?.DisplayName ?? partName, Text(old), Text(now)));
            }
        }

        return changes;
    }

    private static void CompareProperties(string partName, ContentTypePartDefinition? attached, ContentPartDefinition? fields, JsonObject? old, JsonObject? now, List<FieldChange> changes)
    {
        var ordered = (fields?.OrderedFields.Select(f => f.Name) ?? [])
            .Concat(now?.Select(p => p.Key) ?? [])
            .Concat(old?.Select(p => p.Key) ?? [])
            .Distinct(StringComparer.Ordinal);
        foreach (var name in ordered)
        {
            var before = old?[name];
            var after = now?[name];
            if (JsonNode.DeepEquals(before, after) || IsEmpty(before) && IsEmpty(after))
            {
                continue;
            }

            var label = fields?.Fields.FirstOrDefault(f => f.Name == name)?.DisplayName
                ?? PartPropertyLabel(attached?.PartName ?? partName, attached?.DisplayName ?? partName, name);
            changes.Add(new FieldChange($"{partName}.{name}", label, Text(before), Text(after)));
        }
    }

    private static string PartPropertyLabel(string partKind, string partLabel, string property) => partKind switch
    {
        "TitlePart" => "Title",
        "AutoroutePart" when property == "Path" => "URL path",
        "AutoroutePart" when property == "SetHomepage" => "Home page",
        "AutoroutePart" when property == "Disabled" => "No public URL",
        "ContainedPart" when property == "ListContentItemId" => "Container",
        "ContainedPart" when property == "Order" => "Position in its list",
        "HtmlBodyPart" or "MarkdownBodyPart" => "Body",
        _ => $"{partLabel} {property}",
    };

    private static bool IsEmpty(JsonNode? node) => string.IsNullOrEmpty(Text(node));

    /// <summary>A stored value as one line of text for people.</summary>
    public static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        JsonValue value => value.ToJsonString(),
        JsonArray array => string.Join(", ", array.Select(Text).Where(t => !string.IsNullOrEmpty(t))),
        JsonObject json when json["Url"] is not null => LinkText(json),
        JsonObject json when json.Count == 1 => Text(json.First().Value),
        JsonObject json => string.Join("; ", json.Select(p => $"{p.Key}: {Text(p.Value)}").Where(t => !t.EndsWith(": ", StringComparison.Ordinal))),
        _ => node.ToJsonString(),
    };

    private static string LinkText(JsonObject link)
    {
        var text = Text(link["Text"]);
        var url = Text(link["Url"]);
        return string.IsNullOrEmpty(text) ? url ?? "" : string.Create(CultureInfo.InvariantCulture, $"{text} <{url}>");
    }
}
