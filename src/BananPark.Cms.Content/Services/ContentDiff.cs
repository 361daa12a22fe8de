using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;
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
/// Field-level differences between two versions of an item, labelled from the definitions. Each field
/// is compared whole and shown as text for people, as its kind's rules write it (a link as
/// "text &lt;url&gt;", lists joined); part properties are labelled by their part's rules.
/// </summary>
public sealed class ContentDiff(ContentRules rules)
{
    /// <summary>The changes from <paramref name="before"/> (null: an empty item) to <paramref name="after"/>.</summary>
    public IReadOnlyList<FieldChange> Compare(ContentItem? before, ContentItem after, ContentDefinition definition)
    {
        var type = definition.FindType(after.ContentType);
        var changes = new List<FieldChange>();
        var partNames = (type?.OrderedParts.Select(p => p.Name) ?? [])
            .Concat(after.Content.Select(p => p.Key))
            .Concat(before?.Content.Select(p => p.Key) ?? [])
            .Distinct(StringComparer.Ordinal);
        foreach (var partName in partNames)
        {
            var attached = type?.FindPart(partName);
            if (rules.Part(attached?.PartName ?? partName) is { ShownInDiff: false })
            {
                continue;
            }

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
                changes.Add(new FieldChange(partName, attached?.DisplayName ?? partName, ValueText.Of(old), ValueText.Of(now)));
            }
        }

        return changes;
    }

    private void CompareProperties(string partName, ContentTypePartDefinition? attached, ContentPartDefinition? fields, JsonObject? old, JsonObject? now, List<FieldChange> changes)
    {
        var ordered = (fields?.OrderedFields.Select(f => f.Name) ?? [])
            .Concat(now?.Select(p => p.Key) ?? [])
            .Concat(old?.Select(p => p.Key) ?? [])
            .Distinct(StringComparer.Ordinal);
        foreach (var name in ordered)
        {
            var field = fields?.Fields.FirstOrDefault(f => f.Name == name);
            var before = Text(old?[name], field);
            var after = Text(now?[name], field);
            if (JsonNode.DeepEquals(old?[name], now?[name]) || string.IsNullOrEmpty(before) && string.IsNullOrEmpty(after))
            {
                continue;
            }

            var partKind = attached?.PartName ?? partName;
            var label = field?.DisplayName
                ?? rules.Part(partKind)?.PropertyLabel(name)
                ?? $"{attached?.DisplayName ?? partName} {name}";
            changes.Add(new FieldChange($"{partName}.{name}", label, before, after));
        }
    }

    /// <summary>A stored value as one line of text for people: as its field's kind writes it, or as <see cref="ValueText"/> does.</summary>
    private string? Text(JsonNode? node, ContentPartFieldDefinition? field)
        => node is JsonObject value && field is not null && rules.Field(field.FieldName) is { } kind ? kind.Text(value, field) : ValueText.Of(node);
}
