namespace BananPark.Cms.Media.Processing;

/// <summary>
/// How many bytes of decoded pixels may be held at once by the decodes of <see cref="MediaImaging"/> (uploads and renders
/// alike): each decode reserves its picture's estimated size before it starts and gives it back when done; a decode that
/// does not fit waits, first come first served. A decode larger than the whole budget runs alone, so none waits forever.
/// Counting bytes, not decodes, lets many small pictures run side by side while two 12-megapixel photos do not.
/// </summary>
public sealed class MediaDecodeBudget(long bytes)
{
    private readonly object _gate = new();
    private readonly LinkedList<Waiter> _waiting = new();
    private long _used;
    private int _running;

    /// <summary>The budget in bytes.</summary>
    public long Bytes { get; } = Math.Max(1, bytes);

    /// <summary>Waits until <paramref name="size"/> bytes fit (or nothing else runs); dispose the result to give them back.</summary>
    public Task<IDisposable> ReserveAsync(long size, CancellationToken cancellationToken)
    {
        var reserved = Math.Clamp(size, 1, Bytes);
        Waiter waiter;
        lock (_gate)
        {
            if (_waiting.Count == 0 && Fits(reserved))
            {
                Take(reserved);
                return Task.FromResult<IDisposable>(new Reservation(this, reserved));
            }

            waiter = new Waiter(reserved);
            waiter.Node = _waiting.AddLast(waiter);
        }

        if (cancellationToken.CanBeCanceled)
        {
            waiter.Cancellation = cancellationToken.Register(() => Abandon(waiter, cancellationToken));
        }

        return waiter.Task.Task;
    }

    private bool Fits(long size) => _running == 0 || _used + size <= Bytes;

    private void Take(long size)
    {
        _used += size;
        _running++;
    }

    private void Abandon(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.Node?.List is null)
            {
                return;
            }

            _waiting.Remove(waiter.Node);
        }

        waiter.Task.TrySetCanceled(cancellationToken);
    }

    private void Release(long size)
    {
        var admitted = new List<Waiter>();
        lock (_gate)
        {
            _used -= size;
            _running--;
            while (_waiting.First is { } first && Fits(first.Value.Size))
            {
                _waiting.RemoveFirst();
                Take(first.Value.Size);
                admitted.Add(first.Value);
            }
        }

        // Completed outside the lock: a continuation may run inline.
        foreach (var waiter in admitted)
        {
            waiter.Cancellation.Dispose();
            if (!waiter.Task.TrySetResult(new Reservation(this, waiter.Size)))
            {
                Release(waiter.Size);
            }
        }
    }

    private sealed class Waiter(long size)
    {
        public long Size { get; } = size;

        public TaskCompletionSource<IDisposable> Task { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Cancellation { get; set; }
    }

    private sealed class Reservation(MediaDecodeBudget budget, long size) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                budget.Release(size);
            }
        }
    }
}
