using System.Globalization;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields.Numeric;

/// <summary>A numeric field's bounds and scale (<c>NumericFieldSettings</c>).</summary>
public sealed class NumericFieldSettingsRules : FieldKindSettings<NumericField, NumericFieldSettingsInput>
{
    /// <summary>Most digits after the decimal point the page accepts.</summary>
    public const int MaxScale = 10;

    public override NumericFieldSettingsInput Read(ContentPartFieldDefinition field)
    {
        var own = OwnOf(field);
        return new()
        {
            Minimum = SettingsJson.Number(own, "Minimum"),
            Maximum = SettingsJson.Number(own, "Maximum"),
            Scale = SettingsJson.Integer(own, "Scale"),
        };
    }

    public override IEnumerable<string> Problems(NumericFieldSettingsInput input, ContentDefinition definition)
    {
        if (input.Scale is < 0 or > MaxScale)
        {
            yield return "The scale (digits after the decimal point) must be between 0 and 10.";
        }

        if (input.Minimum > input.Maximum)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"The minimum ({input.Minimum}) is larger than the maximum ({input.Maximum}).");
        }
    }

    public override void Write(ContentPartFieldDefinition field, NumericFieldSettingsInput input)
    {
        var own = Own(field);
        own["Scale"] = input.Scale ?? 0;
        SettingsJson.Set(own, "Minimum", input.Minimum);
        SettingsJson.Set(own, "Maximum", input.Maximum);
    }
}
