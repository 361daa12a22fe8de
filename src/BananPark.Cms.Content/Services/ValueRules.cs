using System.Globalization;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Services;

/// <summary>The editor rules of each field kind that has settings to check; each returns one message or null.</summary>
internal static class ValueRules
{
    public static string? Text(FieldSlot slot)
    {
        var texts = FieldSlots.Texts(slot.Value, "Text").ToList();
        return FieldRules.Required(slot, slot.Field.GetSettings<TextFieldSettings>().Required, texts.Any(FieldRules.NotBlank))
            ?? FieldRules.TooLong(slot.Label, texts.Sum(TextLength.Count), FieldLimits.TextMaxLength(slot.Field));
    }

    public static string? Numeric(FieldSlot slot)
    {
        var settings = slot.Field.GetSettings<NumericFieldSettings>();
        var numbers = FieldSlots.Numbers(slot.Value, "Value").ToList();
        if (FieldRules.Required(slot, settings.Required, numbers.Count > 0) is { } required)
        {
            return required;
        }

        foreach (var number in numbers)
        {
            if (number < settings.Minimum)
            {
                return $"{slot.Label}: the smallest value allowed is {Show(settings.Minimum.Value)}.";
            }

            if (number > settings.Maximum)
            {
                return $"{slot.Label}: the largest value allowed is {Show(settings.Maximum.Value)}.";
            }

            if (DecimalPlaces(number) > Math.Max(settings.Scale, 0))
            {
                return settings.Scale <= 0
                    ? $"{slot.Label}: enter a whole number."
                    : string.Create(CultureInfo.InvariantCulture, $"{slot.Label}: at most {settings.Scale} decimal places are allowed.");
            }
        }

        return null;
    }

    public static string? Html(FieldSlot slot)
    {
        var settings = slot.Field.GetSettings<HtmlFieldSettings>();
        var html = FieldSlots.Texts(slot.Value, "Html").ToList();
        var present = html.Any(h => FieldRules.NotBlank(TextLength.HtmlText(h)) || (h?.Contains("<img", StringComparison.OrdinalIgnoreCase) ?? false));
        return FieldRules.Required(slot, settings.Required, present)
            ?? FieldRules.TooLong(slot.Label, html.Sum(TextLength.CountHtml), settings.MaxLength ?? FieldLimits.DefaultRichTextMaxLength);
    }

    public static string? Markdown(FieldSlot slot)
    {
        var settings = slot.Field.GetSettings<MarkdownFieldSettings>();
        var markdown = FieldSlots.Texts(slot.Value, "Markdown").ToList();
        return FieldRules.Required(slot, settings.Required, markdown.Any(FieldRules.NotBlank))
            ?? FieldRules.TooLong(slot.Label, markdown.Sum(TextLength.Count), settings.MaxLength ?? FieldLimits.DefaultRichTextMaxLength);
    }

    public static string? Link(FieldSlot slot)
    {
        var settings = slot.Field.GetSettings<LinkFieldSettings>();
        var hasUrl = FieldSlots.Texts(slot.Value, "Url").Any(FieldRules.NotBlank);
        if (settings.Required && !hasUrl)
        {
            return $"{slot.Label}: a URL is required.";
        }

        return settings.LinkTextMode == LinkTextMode.Required && hasUrl && !FieldSlots.Texts(slot.Value, "Text").Any(FieldRules.NotBlank)
            ? $"{slot.Label}: the link text is required."
            : null;
    }

    public static string? Picker(FieldSlot slot, ContentDefinition definition, IReadOnlyDictionary<string, string>? pickedItemTypes)
    {
        var settings = slot.Field.GetSettings<ContentPickerFieldSettings>();
        var ids = FieldSlots.TextArray(slot.Value, "ContentItemIds").Where(FieldRules.NotBlank).Select(id => id!).ToList();
        if (FieldRules.Required(slot, settings.Required, ids.Count > 0) is { } required)
        {
            return required;
        }

        if (!settings.Multiple && ids.Count > 1)
        {
            return $"{slot.Label}: pick only one item.";
        }

        var allowed = settings.AllowedTypes(definition);
        var wrong = pickedItemTypes is null
            ? null
            : ids.Select(id => pickedItemTypes.GetValueOrDefault(id)).FirstOrDefault(t => t is not null && !allowed.Contains(t, StringComparer.Ordinal));
        return wrong is null ? null : $"{slot.Label}: an item of type {DisplayName(wrong, definition)} can't be picked here.";
    }

    private static string DisplayName(string type, ContentDefinition definition) => definition.FindType(type)?.DisplayName ?? type;

    private static string Show(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    private static int DecimalPlaces(decimal value)
    {
        // decimal never formats with an exponent; trailing zeros ("1.50") are not places that count.
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.AsSpan(dot + 1).TrimEnd('0').Length;
    }
}
