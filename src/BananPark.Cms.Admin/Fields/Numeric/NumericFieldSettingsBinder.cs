using System.Globalization;
using BananPark.Cms.Content.Fields.Numeric;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Fields.Numeric;

/// <summary><c>Input.Minimum</c>, <c>Input.Maximum</c> (numbers) and <c>Input.Scale</c> (a whole number); empty ones are null.</summary>
public sealed class NumericFieldSettingsBinder : FieldSettingsBinder<NumericFieldSettingsInput>
{
    public override NumericFieldSettingsInput Bind(IFormCollection form, ICollection<string> problems) => new()
    {
        Minimum = Number(form, "Minimum", "minimum", problems),
        Maximum = Number(form, "Maximum", "maximum", problems),
        Scale = Number(form, "Scale", "scale", problems) is { } scale
            ? scale == decimal.Truncate(scale) && scale is >= int.MinValue and <= int.MaxValue ? (int)scale : Whole(problems)
            : null,
    };

    private static decimal? Number(IFormCollection form, string property, string label, ICollection<string> problems)
    {
        if (Text(form, property) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add($"The {label} must be a number, such as 12 or 4.75.");
        return null;
    }

    private static int? Whole(ICollection<string> problems)
    {
        problems.Add("The scale (digits after the decimal point) must be a whole number.");
        return null;
    }
}
