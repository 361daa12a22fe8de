namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// Counters that every node of the site shares (failed sign-ins per account, sign-in posts per address),
/// so a limit holds for the site, not per node. In memory in one process; in Redis when it is configured.
/// </summary>
public interface ISharedCounters
{
    /// <summary>
    /// Adds one to <paramref name="key"/> at <paramref name="now"/>. A <see cref="SharedCountWindow.Sliding"/>
    /// count is kept until <paramref name="window"/> after this increment; a <see cref="SharedCountWindow.Fixed"/>
    /// one until <paramref name="window"/> after its first. Once its window has passed it starts again at one.
    /// </summary>
    Task<SharedCount> IncrementAsync(string key, DateTimeOffset now, TimeSpan window, SharedCountWindow kind, CancellationToken cancellationToken = default);

    /// <summary>The count under <paramref name="key"/> at <paramref name="now"/>, or null when there is none (or it was forgotten).</summary>
    Task<SharedCount?> GetAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Forgets <paramref name="key"/>'s count.</summary>
    Task ResetAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>When a <see cref="ISharedCounters"/> count is forgotten.</summary>
public enum SharedCountWindow
{
    /// <summary>A window after its last increment (failures forgotten after a quiet spell).</summary>
    Sliding,

    /// <summary>A window after its first increment (so many per minute).</summary>
    Fixed,
}

/// <summary>A counter's value, when it was last incremented and when it will be forgotten.</summary>
/// <param name="Count">Increments within the window, at least one.</param>
/// <param name="Last">When the last increment happened (the caller's clock).</param>
/// <param name="Expires">When the count will be forgotten (the caller's clock, give or take the clocks' difference).</param>
public readonly record struct SharedCount(long Count, DateTimeOffset Last, DateTimeOffset Expires);
