namespace BananPark.Cms.Data.Providers;

/// <summary>
/// The time a write stamps, at the finest precision every provider keeps: PostgreSQL's timestamps hold whole
/// microseconds, .NET ticks are 100 ns. A stamp kept both in the item's JSON and in a column must read back equal
/// from either, or an unchanged re-import would see the item as changed.
/// </summary>
public static class StoreTime
{
    /// <summary>Now, in UTC, truncated to whole microseconds.</summary>
    public static DateTime UtcNow(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
