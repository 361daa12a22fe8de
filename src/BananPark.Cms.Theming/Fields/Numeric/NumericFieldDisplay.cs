using System.Globalization;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Theming.Fields.Numeric;

/// <summary>The number with grouped digits (invariant culture) and at least the field's scale of decimals.</summary>
public sealed class NumericFieldDisplay : FieldKindDisplay<NumericField>
{
    protected override string? Render(FieldDisplayContext context)
    {
        if (DisplayValues.Number(context.Value, "Value") is not { } number)
        {
            return null;
        }

        // Never hide digits that are stored: the scale is a minimum here.
        var scale = context.Field.GetSettings<NumericFieldSettings>().Scale;
        var stored = (number / 1.000000000000000000000000000000000m).Scale;
        return number.ToString("N" + Math.Clamp(Math.Max(scale, stored), 0, 28).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
