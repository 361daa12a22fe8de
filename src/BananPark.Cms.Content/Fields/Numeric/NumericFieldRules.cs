using System.Globalization;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Numeric;

/// <summary>Required, within the field's minimum and maximum, with no more decimal places than its scale.</summary>
public sealed class NumericFieldRules : FieldKindRules<NumericField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var settings = slot.Field.GetSettings<NumericFieldSettings>();
        var numbers = slot.Numbers("Value").ToList();
        if (slot.Required(settings.Required, numbers.Count > 0) is { } required)
        {
            return required;
        }

        foreach (var number in numbers)
        {
            if (number < settings.Minimum)
            {
                return $"{slot.Label}: the smallest value allowed is {RuleMessages.Number(settings.Minimum.Value)}.";
            }

            if (number > settings.Maximum)
            {
                return $"{slot.Label}: the largest value allowed is {RuleMessages.Number(settings.Maximum.Value)}.";
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

    private static int DecimalPlaces(decimal value)
    {
        // decimal never formats with an exponent; trailing zeros ("1.50") are not places that count.
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.AsSpan(dot + 1).TrimEnd('0').Length;
    }
}
