using System.Globalization;
using System.Text.Json.Nodes;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>
/// Parses numbers and dates the way the browser's inputs post them, with the invariant culture.
/// A date is stored as Orchard stores it (<c>yyyy-MM-ddT00:00:00</c>); a date and time in UTC
/// (<c>yyyy-MM-ddTHH:mm:ssZ</c>), converted from the time zone the editor showed it in.
/// </summary>
internal static class ValueBinders
{
    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    public static string? Bind(FormSlot slot, string kind)
    {
        var text = slot.Trimmed("Value");
        if (text is null)
        {
            slot.Set("Value", null);
            return null;
        }

        switch (kind)
        {
            case "NumericField" when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                slot.Set("Value", JsonValue.Create(number));
                return null;
            case "NumericField":
                return $"{slot.Label}: enter a number, such as 12 or 4.75.";
            case "DateField" when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                slot.Set("Value", date.ToString("yyyy-MM-dd'T'00:00:00", CultureInfo.InvariantCulture));
                return null;
            case "DateField":
                return $"{slot.Label}: enter a date as year-month-day, such as 2024-05-31.";
            case "DateTimeField" when DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local):
                return BindDateTime(slot, local);
            default:
                return $"{slot.Label}: enter a date and time, such as 2024-05-31 14:30.";
        }
    }

    private static string? BindDateTime(FormSlot slot, DateTime local)
    {
        var zone = Zone(slot.Trimmed("TimeZone"));
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return $"{slot.Label}: that time does not exist in {zone.Id} (the clocks skip it); choose another.";
        }

        slot.Set("Value", TimeZoneInfo.ConvertTimeToUtc(local, zone).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>The posted IANA zone, or UTC when absent or unknown.</summary>
    public static TimeZoneInfo Zone(string? id)
        => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
