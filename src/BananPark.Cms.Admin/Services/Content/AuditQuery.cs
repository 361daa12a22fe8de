using System.Globalization;
using BananPark.Cms.Content.Services.Audit;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>The audit-trail screen's query string (user, type, event, item, dates) as a filter; shared by the page and the CSV export.</summary>
public sealed record AuditQuery(string? User, string? Type, string? Event, string? Item, string? From, string? To)
{
    /// <summary>The filter, or the problem with a date the user typed.</summary>
    public (AuditFilter? Filter, string? Problem) ToFilter()
    {
        var from = ParseDate(From);
        var to = ParseDate(To);
        if (from.Problem || to.Problem)
        {
            return (null, "Enter dates as YYYY-MM-DD.");
        }

        return (new AuditFilter
        {
            UserName = Trim(User),
            ContentType = Trim(Type),
            Event = Trim(Event),
            ContentItemId = Trim(Item),
            FromUtc = from.Date,
            BeforeUtc = to.Date?.AddDays(1),
        }, null);
    }

    /// <summary>The query string that reproduces this filter, already encoded.</summary>
    public string ToQueryString() => string.Join("&", new[] { ("user", User), ("type", Type), ("event", Event), ("item", Item), ("from", From), ("to", To) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 255)];

    private static (DateTime? Date, bool Problem) ParseDate(string? value)
        => string.IsNullOrWhiteSpace(value)
            ? (null, false)
            : DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
                ? (date, false)
                : (null, true);
}
