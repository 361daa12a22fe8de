using System.Text.Json.Nodes;
using BananPark.Cms.Core.Metadata;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>Binds one field by its kind; returns a message when a posted value can't be read. Media and unknown kinds bind nothing.</summary>
internal static class FieldBinders
{
    private static readonly string[] LinkProperties = ["Url", "Text", "Target"];
    private static readonly HashSet<string> Targets = new(StringComparer.Ordinal) { "_blank", "_self", "_parent", "_top" };

    public static string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        switch (field.FieldName)
        {
            case "TextField" when slot.Has("Text"):
                slot.Set("Text", Core.Metadata.Settings.FieldLimits.IsMultiline(field) ? slot.Multiline("Text") : slot.Trimmed("Text"));
                return null;
            case "HtmlField" when slot.Has("Html"):
                slot.Set("Html", PartBinders.Sanitized(slot.Text("Html")));
                return null;
            case "MarkdownField" when slot.Has("Markdown"):
                slot.Set("Markdown", slot.Multiline("Markdown"));
                return null;
            case "BooleanField" when slot.Has("Value"):
                slot.Set("Value", IsChecked(slot.Values("Value")));
                return null;
            case "LinkField":
                return BindLink(slot);
            case "ContentPickerField" when slot.Has("ContentItemIds"):
                slot.Set("ContentItemIds", Array(PickedIds(slot, field)));
                return null;
            case "MultiTextField" when slot.Has("Values"):
                slot.Set("Values", Array(slot.Values("Values").SelectMany(Lines).Distinct(StringComparer.Ordinal)));
                return null;
            case "NumericField" or "DateField" or "DateTimeField" when slot.Has("Value"):
                return ValueBinders.Bind(slot, field.FieldName);
            default:
                return null;
        }
    }

    /// <summary>A checkbox after its hidden <c>false</c>: checked when any posted value is <c>true</c>.</summary>
    public static bool IsChecked(StringValues values) => values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));

    private static string? BindLink(FormSlot slot)
    {
        if (slot.Has("Target") && slot.Trimmed("Target") is { } target && !Targets.Contains(target))
        {
            return $"{slot.Label}: choose where the link opens from the list.";
        }

        foreach (var property in LinkProperties.Where(slot.Has))
        {
            slot.Set(property, slot.Trimmed(property));
        }

        return null;
    }

    /// <summary>
    /// The posted selection: the ids kept (hidden inputs) and picked (search results), in order,
    /// without those marked for removal. A single picker keeps the last one, so a new pick replaces the old.
    /// </summary>
    private static List<string> PickedIds(FormSlot slot, ContentPartFieldDefinition field)
    {
        var removed = slot.Values("Remove").ToHashSet(StringComparer.Ordinal);
        var ids = slot.Values("ContentItemIds").Select(id => id?.Trim()).OfType<string>()
            .Where(id => id.Length > 0 && !removed.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        var multiple = field.GetSettings<Core.Metadata.Settings.ContentPickerFieldSettings>().Multiple;
        return multiple || ids.Count <= 1 ? ids : [ids[^1]];
    }

    private static IEnumerable<string> Lines(string? value)
        => (value ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
