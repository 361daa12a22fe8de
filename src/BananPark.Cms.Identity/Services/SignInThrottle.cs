using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Slows down sign-in for an account after repeated failures, instead of locking it: from the
/// <see cref="FreeFailures"/>th failure on, the next password is checked only after a delay that doubles
/// from one second up to <see cref="CmsIdentityOptions.SignInMaxDelay"/>. A try made during the delay is
/// refused without counting, so a stranger's wrong passwords keep the real user out for at most that
/// delay after the stranger's last try. Failures are forgotten after <see cref="Window"/> without one.
/// Keyed by tenant and user name, whether or not the user exists, so the delay tells nothing about
/// which names exist. Held in memory (per process), bounded to <see cref="MaxAccounts"/> names.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IOptions<CmsIdentityOptions> options)
{
    /// <summary>Failures an account may have before its next try waits.</summary>
    public const int FreeFailures = 5;

    /// <summary>How long failures are remembered after the last one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Most names remembered; past it, forgotten and then oldest names go first.</summary>
    public const int MaxAccounts = 10_000;

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How long <paramref name="account"/> must still wait before its password is checked; zero when it need not.</summary>
    public TimeSpan WaitFor(string tenant, string account)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            return _entries.TryGetValue(Key(tenant, account), out var entry) && entry.NotBefore > now ? entry.NotBefore - now : TimeSpan.Zero;
        }
    }

    /// <summary>Records a wrong password (or unknown name) for <paramref name="account"/>; returns the delay it now has.</summary>
    public TimeSpan Failed(string tenant, string account)
    {
        var now = clock.GetUtcNow();
        var key = Key(tenant, account);
        lock (_lock)
        {
            var failures = _entries.TryGetValue(key, out var entry) && now - entry.LastFailure < Window ? entry.Failures + 1 : 1;
            var delay = Delay(failures, options.Value.SignInMaxDelay);
            _entries[key] = new Entry(failures, now, now + delay);
            if (_entries.Count > MaxAccounts)
            {
                Prune(now);
            }

            return delay;
        }
    }

    /// <summary>A successful sign-in forgets the account's failures.</summary>
    public void Succeeded(string tenant, string account)
    {
        lock (_lock)
        {
            _entries.Remove(Key(tenant, account));
        }
    }

    /// <summary>The delay after <paramref name="failures"/> failures: none below <see cref="FreeFailures"/>, then 1 s, 2 s, 4 s… up to <paramref name="max"/>.</summary>
    public static TimeSpan Delay(int failures, TimeSpan max)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(failures - FreeFailures, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    private static string Key(string tenant, string account) => $"{tenant}\n{account.Trim().ToUpperInvariant()}";

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _entries.Where(e => now - e.Value.LastFailure >= Window).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }

        foreach (var key in _entries.OrderBy(e => e.Value.LastFailure).Take(_entries.Count - MaxAccounts).Select(e => e.Key).ToList())
        {
            _entries.Remove(key);
        }
    }

    private readonly record struct Entry(int Failures, DateTimeOffset LastFailure, DateTimeOffset NotBefore);
}
