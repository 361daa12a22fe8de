using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Slows down sign-in for an account after repeated failures, instead of locking it: from the
/// <see cref="FreeFailures"/>th failure on, the next password is checked only after a delay that doubles
/// from one second up to <see cref="CmsIdentityOptions.SignInMaxDelay"/>. A try made during the delay is
/// refused without counting, so a stranger's wrong passwords keep the real user out for at most that
/// delay after the stranger's last try. Failures are forgotten after <see cref="Window"/> without one.
/// Keyed by tenant and user name, whether or not the user exists, so the delay tells nothing about
/// which names exist. Counted in <see cref="ISharedCounters"/>: this process's memory on one node, Redis
/// (every node together) when it is configured.
/// </summary>
public sealed class SignInThrottle(ISharedCounters counters, TimeProvider clock, IOptions<CmsIdentityOptions> options)
{
    /// <summary>Failures an account may have before its next try waits.</summary>
    public const int FreeFailures = 5;

    /// <summary>How long failures are remembered after the last one.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>How long <paramref name="account"/> must still wait before its password is checked; zero when it need not.</summary>
    public async Task<TimeSpan> WaitForAsync(string tenant, string account, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (await counters.GetAsync(Key(tenant, account), now, cancellationToken) is not { } failures)
        {
            return TimeSpan.Zero;
        }

        var notBefore = failures.Last + Delay(failures.Count, options.Value.SignInMaxDelay);
        return notBefore > now ? notBefore - now : TimeSpan.Zero;
    }

    /// <summary>Records a wrong password (or unknown name) for <paramref name="account"/>; returns the delay it now has.</summary>
    public async Task<TimeSpan> FailedAsync(string tenant, string account, CancellationToken cancellationToken = default)
    {
        var failures = await counters.IncrementAsync(Key(tenant, account), clock.GetUtcNow(), Window, SharedCountWindow.Sliding, cancellationToken);
        return Delay(failures.Count, options.Value.SignInMaxDelay);
    }

    /// <summary>A successful sign-in forgets the account's failures.</summary>
    public Task SucceededAsync(string tenant, string account, CancellationToken cancellationToken = default)
        => counters.ResetAsync(Key(tenant, account), cancellationToken);

    /// <summary>The delay after <paramref name="failures"/> failures: none below <see cref="FreeFailures"/>, then 1 s, 2 s, 4 s… up to <paramref name="max"/>.</summary>
    public static TimeSpan Delay(long failures, TimeSpan max)
    {
        if (failures < FreeFailures)
        {
            return TimeSpan.Zero;
        }

        var seconds = Math.Pow(2, Math.Min(failures - FreeFailures, 30));
        return TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds));
    }

    private static string Key(string tenant, string account) => $"signin-failures:{tenant}:{account.Trim().ToUpperInvariant()}";
}
