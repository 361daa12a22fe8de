using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Rules a content item's values must meet, read from the type's field and part settings. Pure:
/// no storage, no services. Problems come as (path, message): the path is <c>{Part}.{Field}</c>
/// (e.g. <c>Enterprise.Website</c>) or <c>{Part}.{Property}</c> (e.g. <c>TitlePart.Title</c>), the
/// message a sentence for editors that starts with the field's label.
/// </summary>
public static class FieldRules
{
    /// <summary>
    /// Rules that protect every write, imports included: link fields hold only http, https, mailto,
    /// tel or local URLs (see <see cref="SafeLinks"/>).
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> ValidateSafety(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
    {
        var problems = new List<(string, string)>();
        foreach (var slot in FieldSlots.Of(item, type, definition).Where(s => s.Field.FieldName == "LinkField"))
        {
            if (FieldSlots.Texts(slot.Value, "Url").Any(url => !SafeLinks.IsAllowed(url)))
            {
                problems.Add((slot.Path, $"{slot.Label}: only http, https, mailto and tel links are allowed."));
            }
        }

        return problems;
    }

    /// <summary>
    /// The editor rules: required values, lengths in text elements, numeric bounds and decimals,
    /// how many items a picker holds. Picked items' types are not checked (see the overload).
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> ValidateSettings(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
        => ValidateSettings(item, type, definition, null);

    /// <summary>
    /// The editor rules, plus: each picked item whose type is in <paramref name="pickedItemTypes"/>
    /// (content item id → content type; see <see cref="PickedItemIds"/>) must be of a type the picker allows.
    /// </summary>
    public static IReadOnlyList<(string Path, string Message)> ValidateSettings(
        ContentItem item, ContentTypeDefinition type, ContentDefinition definition, IReadOnlyDictionary<string, string>? pickedItemTypes)
    {
        var problems = new List<(string, string)>();
        PartRules.Check(item, type, problems);
        foreach (var slot in FieldSlots.Of(item, type, definition))
        {
            var problem = slot.Field.FieldName switch
            {
                "TextField" => ValueRules.Text(slot),
                "NumericField" => ValueRules.Numeric(slot),
                "DateField" => Required(slot, slot.Field.GetSettings<DateFieldSettings>().Required, FieldSlots.Texts(slot.Value, "Value").Any(NotBlank)),
                "DateTimeField" => Required(slot, slot.Field.GetSettings<DateTimeFieldSettings>().Required, FieldSlots.Texts(slot.Value, "Value").Any(NotBlank)),
                "HtmlField" => ValueRules.Html(slot),
                "MarkdownField" => ValueRules.Markdown(slot),
                "LinkField" => ValueRules.Link(slot),
                "ContentPickerField" => ValueRules.Picker(slot, definition, pickedItemTypes),
                "MultiTextField" => Required(slot, slot.Field.GetSettings<MultiTextFieldSettings>().Required, FieldSlots.TextArray(slot.Value, "Values").Any(NotBlank)),
                _ => null,
            };
            if (problem is not null)
            {
                problems.Add((slot.Path, problem));
            }
        }

        return problems;
    }

    /// <summary>Every content item id the item's picker fields hold, for looking up their types.</summary>
    public static IReadOnlyList<string> PickedItemIds(ContentItem item, ContentTypeDefinition type, ContentDefinition definition)
        => FieldSlots.Of(item, type, definition)
            .Where(s => s.Field.FieldName == "ContentPickerField")
            .SelectMany(s => FieldSlots.TextArray(s.Value, "ContentItemIds"))
            .Where(NotBlank).Select(id => id!).Distinct(StringComparer.Ordinal).ToList();

    internal static string? Required(FieldSlot slot, bool required, bool present)
        => required && !present ? $"{slot.Label} is required." : null;

    internal static string? TooLong(string label, int count, int max)
        => count > max ? string.Create(CultureInfo.InvariantCulture, $"{label}: at most {max:N0} characters are allowed; this has {count:N0}.") : null;

    internal static bool NotBlank(string? text) => !string.IsNullOrWhiteSpace(text);
}

/// <summary>One field of an item as the rules see it.</summary>
internal sealed record FieldSlot(string Path, string Label, ContentPartFieldDefinition Field, JsonObject? Value);
