namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// A lock that every node of the site respects, so work that must happen once (a scheduled-publishing
/// pass over a tenant) is not done once per node. In one process it is held in memory; with Redis
/// configured it is a Redis key that only its holder can release. Taking it never waits: a node that
/// does not get it skips the work, knowing that another node is doing it.
/// </summary>
public interface IDistributedLock
{
    /// <summary>
    /// Takes the lock <paramref name="name"/> for at most <paramref name="lease"/> (renewed while held, so a
    /// holder that dies frees it within the lease), or returns null when someone else holds it or it cannot
    /// be known who does (the shared store is unreachable): the caller then does not run the work. Disposing
    /// the result releases the lock, only when it is still the caller's.
    /// </summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default);
}
