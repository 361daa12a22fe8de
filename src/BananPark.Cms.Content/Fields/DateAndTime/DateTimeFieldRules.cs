using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.DateAndTime;

/// <summary>Required (the shape already holds the value to an ISO 8601 date and time).</summary>
public sealed class DateTimeFieldRules : FieldKindRules<DateTimeField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
        => slot.Required(slot.Field.GetSettings<DateTimeFieldSettings>().Required, slot.Texts("Value").Any(ValueReader.NotBlank));
}
