using System.Globalization;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.DateAndTime;

/// <summary>
/// <c>{path}.Value</c> as the browser's date-time input posts it, in the zone posted as <c>.TimeZone</c> (the one
/// the editor showed; UTC when absent or unknown), stored in UTC (<c>yyyy-MM-ddTHH:mm:ssZ</c>); empty clears it.
/// </summary>
public sealed class DateTimeFieldBinder : IFieldBinder
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (!slot.TryTakeText("Value", out var text))
        {
            return null;
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return $"{slot.Label}: enter a date and time, such as 2024-05-31 14:30.";
        }

        var zone = SiteTimeZone.Find(slot.Trimmed("TimeZone"));
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return $"{slot.Label}: that time does not exist in {zone.Id} (the clocks skip it); choose another.";
        }

        slot.Set("Value", TimeZoneInfo.ConvertTimeToUtc(local, zone).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return null;
    }
}
