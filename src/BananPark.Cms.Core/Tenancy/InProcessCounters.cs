namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// <see cref="ISharedCounters"/> for a site of one node, in this process's memory, bounded to
/// <see cref="MaxKeys"/> keys: past it, forgotten counts go first, then the least recently incremented.
/// </summary>
public sealed class InProcessCounters : ISharedCounters
{
    /// <summary>Most keys kept.</summary>
    public const int MaxKeys = 10_000;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public Task<SharedCount> IncrementAsync(string key, DateTimeOffset now, TimeSpan window, SharedCountWindow kind, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var live = _entries.TryGetValue(key, out var entry) && now < entry.Expires;
            var count = live ? entry.Count + 1 : 1;
            var expires = live && kind == SharedCountWindow.Fixed ? entry.Expires : now + window;
            _entries[key] = new Entry(count, now, expires);
            if (_entries.Count > MaxKeys)
            {
                Prune(now);
            }

            return Task.FromResult(new SharedCount(count, now, expires));
        }
    }

    /// <inheritdoc />
    public Task<SharedCount?> GetAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<SharedCount?>(_entries.TryGetValue(key, out var entry) && now < entry.Expires ? new SharedCount(entry.Count, entry.Last, entry.Expires) : null);
        }
    }

    /// <inheritdoc />
    public Task ResetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _entries.Remove(key);
        }

        return Task.CompletedTask;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _entries.Where(e => now >= e.Value.Expires).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }

        foreach (var key in _entries.OrderBy(e => e.Value.Last).Take(_entries.Count - MaxKeys).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }
    }

    private readonly record struct Entry(long Count, DateTimeOffset Last, DateTimeOffset Expires);
}
