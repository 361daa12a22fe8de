namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// <see cref="IDistributedLock"/> for a site of one node: held in this process's memory until its holder
/// disposes it. The lease does not apply here: a holder cannot die without its process, and the lock with it.
/// </summary>
public sealed class InProcessLock : IDistributedLock
{
    private readonly Dictionary<string, object> _held = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var token = new object();
        lock (_lock)
        {
            if (!_held.TryAdd(name, token))
            {
                return Task.FromResult<IAsyncDisposable?>(null);
            }
        }

        return Task.FromResult<IAsyncDisposable?>(new Handle(this, name, token));
    }

    private void Release(string name, object token)
    {
        lock (_lock)
        {
            if (_held.TryGetValue(name, out var holder) && ReferenceEquals(holder, token))
            {
                _held.Remove(name);
            }
        }
    }

    private sealed class Handle(InProcessLock owner, string name, object token) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            owner.Release(name, token);
            return ValueTask.CompletedTask;
        }
    }
}
