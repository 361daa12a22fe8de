using System.Globalization;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.Date;

/// <summary><c>{path}.Value</c> as <c>yyyy-MM-dd</c>, stored as Orchard stores a date (<c>yyyy-MM-ddT00:00:00</c>); empty clears it.</summary>
public sealed class DateFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (!slot.TryTakeText("Value", out var text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return $"{slot.Label}: enter a date as year-month-day, such as 2024-05-31.";
        }

        slot.Set("Value", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00");
        return null;
    }
}
