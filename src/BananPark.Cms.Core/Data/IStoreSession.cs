namespace BananPark.Cms.Core.Data;

/// <summary>
/// The current unit of work on the tenant's store. A transaction spans every write made
/// through the capabilities' stores until it commits; nothing is visible to others before.
/// </summary>
public interface IStoreSession
{
    /// <summary>True while a transaction is open in this unit of work.</summary>
    bool InTransaction { get; }

    /// <summary>Starts a transaction; dispose without committing to roll back.</summary>
    Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="action"/> once the surrounding transaction commits (at once when
    /// there is none); dropped on rollback. Used to refresh caches only with committed data.
    /// </summary>
    Task AfterCommitAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="AfterCommitAsync"/>, but an action already registered under <paramref name="key"/>
    /// in the open transaction is not added again (e.g. one cache eviction per unit of work). Keyed
    /// actions run after the others.
    /// </summary>
    Task AfterCommitOnceAsync(string key, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="action"/> if the surrounding transaction rolls back (never when there is
    /// none): e.g. to drop a working copy that holds what the rolled-back work wrote.
    /// </summary>
    void AfterRollback(Action action);
}

/// <summary>An open transaction; disposing it without <see cref="CommitAsync"/> rolls back.</summary>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>Makes every write final, then runs the after-commit actions.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
