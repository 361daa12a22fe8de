using System.Collections.Concurrent;

namespace BananPark.Cms.Enquiries.Outbox;

/// <summary>Wakes the outbox early (a mail was queued), so a new enquiry's mails go out at once rather than at the next interval.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already woken by another request.
            }
        }
    }

    public void Dispose() => _wake.Dispose();

    /// <summary>Waits until woken or until <paramref name="timeout"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(_wake.WaitAsync(either.Token), Task.Delay(timeout, clock, either.Token));
        await either.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}

/// <summary>The tenants whose enquiry tables exist on this node (their initializer ran): the outbox serves only those.</summary>
public sealed class OutboxTenants
{
    private readonly ConcurrentDictionary<string, bool> _started = new(StringComparer.Ordinal);

    public void Started(string tenant) => _started[tenant] = true;

    public bool IsStarted(string tenant) => _started.ContainsKey(tenant);
}
