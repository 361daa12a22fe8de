using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Text;

/// <summary>Required, and at most the field's length in text elements (1,000 on a line, 20,000 in a text area by default).</summary>
public sealed class TextFieldRules : FieldKindRules<TextField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var texts = slot.Texts("Text").ToList();
        return slot.Required(slot.Field.GetSettings<TextFieldSettings>().Required, texts.Any(ValueReader.NotBlank))
            ?? slot.TooLong(texts.Sum(TextLength.Count), FieldLimits.TextMaxLength(slot.Field));
    }
}
