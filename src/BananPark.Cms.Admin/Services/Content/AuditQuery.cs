using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Identity.Components.Admin;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>The audit-trail screen's query string (user, type, event, item, dates) as a filter; shared by the page and the CSV export.</summary>
public sealed record AuditQuery(string? User, string? Type, string? Event, string? Item, string? From, string? To)
{
    /// <summary>The filter, or the problem with a date the user typed.</summary>
    public (AuditFilter? Filter, string? Problem) ToFilter()
    {
        if (!AdminFormats.TryParseDay(From, out var from) || !AdminFormats.TryParseDay(To, out var to))
        {
            return (null, "Enter dates as YYYY-MM-DD.");
        }

        return (new AuditFilter
        {
            UserName = Trim(User),
            ContentType = Trim(Type),
            Event = Trim(Event),
            ContentItemId = Trim(Item),
            FromUtc = from,
            BeforeUtc = AdminFormats.EndOfDay(to),
        }, null);
    }

    /// <summary>The query string that reproduces this filter, already encoded.</summary>
    public string ToQueryString() => AdminFormats.Query(("user", User), ("type", Type), ("event", Event), ("item", Item), ("from", From), ("to", To));

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim()[..Math.Min(value.Trim().Length, 255)];

}
