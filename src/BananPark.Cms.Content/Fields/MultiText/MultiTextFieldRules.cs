using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.MultiText;

/// <summary>Required: at least one value.</summary>
public sealed class MultiTextFieldRules : FieldKindRules<MultiTextField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
        => slot.Required(slot.Field.GetSettings<MultiTextFieldSettings>().Required, slot.TextArray("Values").Any(ValueReader.NotBlank));
}
