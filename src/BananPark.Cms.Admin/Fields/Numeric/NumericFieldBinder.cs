using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Numeric;

/// <summary><c>{path}.Value</c> as the browser's number input posts it (invariant culture); empty clears it.</summary>
public sealed class NumericFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (!slot.TryTakeText("Value", out var text))
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return $"{slot.Label}: enter a number, such as 12 or 4.75.";
        }

        slot.Set("Value", JsonValue.Create(number));
        return null;
    }
}
