using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Date;

/// <summary>Required (the shape already holds the value to an ISO 8601 date).</summary>
public sealed class DateFieldRules : FieldKindRules<DateField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
        => slot.Required(slot.Field.GetSettings<DateFieldSettings>().Required, slot.Texts("Value").Any(ValueReader.NotBlank));
}
