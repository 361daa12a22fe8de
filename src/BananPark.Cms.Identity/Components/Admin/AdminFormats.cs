using System.Globalization;

namespace BananPark.Cms.Identity.Components.Admin;

/// <summary>
/// How the admin writes times and reads the dates, page numbers and query strings of its lists and
/// filters. It lives beside the <see cref="Pager"/>, in the capability every admin screen builds on,
/// so the user and security-log lists use it as the content lists do. A query value a person can
/// type is never trusted to be well formed: it is read here, and what does not parse is ignored.
/// </summary>
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

    /// <summary>
    /// When a filter's "to" day ends (exclusive): the next midnight, or <see cref="DateTime.MaxValue"/>
    /// for the last day a <see cref="DateTime"/> holds (9999-12-31 has no next day to add).
    /// </summary>
    public static DateTime? EndOfDay(DateTime? day)
        => day is not { } start ? null : start.Date == DateTime.MaxValue.Date ? DateTime.MaxValue : start.AddDays(1);

    /// <summary>
    /// A page number from the query string: 1 when it is missing, not a whole number, or below 1. A
    /// number too large for an <see cref="int"/> is past the end (<see cref="int.MaxValue"/>), which
    /// each list then treats as it treats any page past its last one.
    /// </summary>
    public static int PageNumber(string? value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return Math.Max(1, page);
        }

        return value is { Length: > 0 } && value.All(char.IsAsciiDigit) ? int.MaxValue : 1;
    }

    /// <summary>How many rows come before <paramref name="page"/>; saturates instead of overflowing for a page far past the end.</summary>
    public static int Skip(int page, int pageSize) => (int)Math.Min((Math.Max(1, page) - 1L) * pageSize, int.MaxValue);

    /// <summary>The non-empty parameters as an encoded query string (without <c>?</c>), for pagers and links.</summary>
    public static string Query(params (string Name, string? Value)[] parameters)
        => string.Join("&", parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
}
