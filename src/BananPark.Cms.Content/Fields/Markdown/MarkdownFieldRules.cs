using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Markdown;

/// <summary>Required when its settings say so, and at most its length in text elements of the source.</summary>
public sealed class MarkdownFieldRules : FieldKindRules<MarkdownField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var settings = slot.Field.GetSettings<MarkdownFieldSettings>();
        var markdown = slot.Texts("Markdown").ToList();
        return slot.Required(settings.Required, markdown.Any(ValueReader.NotBlank))
            ?? slot.TooLong(markdown.Sum(TextLength.Count), settings.MaxLength ?? FieldLimits.DefaultRichTextMaxLength);
    }
}
