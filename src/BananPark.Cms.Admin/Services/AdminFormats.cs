using System.Globalization;

namespace BananPark.Cms.Admin.Services;

/// <summary>How the admin writes times and reads the dates and query strings of its filters.</summary>
public static class AdminFormats
{
    /// <summary>A UTC time as the admin lists show it, e.g. <c>2026-11-25 22:35 UTC</c>; empty for null.</summary>
    public static string Utc(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// A date typed in a filter (<c>yyyy-MM-dd</c>) as the UTC midnight it starts; true with null when
    /// nothing was typed, false when the text is not such a date.
    /// </summary>
    public static bool TryParseDay(string? value, out DateTime? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (!DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        day = parsed;
        return true;
    }

    /// <summary>The non-empty parameters as an encoded query string (without <c>?</c>), for pagers and links.</summary>
    public static string Query(params (string Name, string? Value)[] parameters)
        => string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
}
