namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>The time zone the editors show times in: the site's, by its IANA id.</summary>
public static class SiteTimeZone
{
    /// <summary>The zone named <paramref name="id"/>, or UTC when absent or unknown.</summary>
    public static TimeZoneInfo Find(string? id)
        => id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
