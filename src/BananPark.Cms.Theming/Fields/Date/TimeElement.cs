using System.Globalization;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Fields.Date;

/// <summary>A stored ISO 8601 date (or date and time) as a <c>time</c> element, in English with the invariant culture.</summary>
public static class TimeElement
{
    /// <summary>The element, or null when <paramref name="text"/> is not an ISO 8601 date.</summary>
    public static string? Of(string? text, bool withTime)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (text is null || !ValueShapes.IsIsoDate(text) || !DateTime.TryParse(text, invariant, DateTimeStyles.RoundtripKind, out var date))
        {
            return null;
        }

        if (!withTime)
        {
            return $"<time datetime=\"{date.ToString("yyyy-MM-dd", invariant)}\">{date.ToString("d MMMM yyyy", invariant)}</time>";
        }

        var utc = date.Kind != DateTimeKind.Unspecified;
        date = utc ? date.ToUniversalTime() : date;
        var machine = date.ToString(utc ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss", invariant);
        return $"<time datetime=\"{machine}\">{date.ToString("d MMMM yyyy, HH:mm", invariant)}{(utc ? " UTC" : "")}</time>";
    }
}
