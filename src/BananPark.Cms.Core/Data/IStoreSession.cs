namespace BananPark.Cms.Core.Data;

/// <summary>
/// The current unit of work on the tenant's store. A transaction spans every write made
/// through the capabilities' stores until it commits; nothing is visible to others before.
/// </summary>
public interface IStoreSession
{
    /// <summary>True while a transaction is open in this unit of work.</summary>
    bool InTransaction { get; }

    /// <summary>
    /// Starts a transaction; dispose without committing to roll back. When one is already open, starts a
    /// nested one inside it (a savepoint): committing it keeps its work in the surrounding transaction
    /// (final only when that commits), disposing it without committing undoes only its own work. Every
    /// context that shares the tenant's connection (the identity store too) writes into the transaction.
    /// </summary>
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
    /// none): e.g. to drop a working copy that holds what the rolled-back work wrote. Registered inside a
    /// nested transaction, it also runs when only that one rolls back. Actions run last registered first,
    /// so each may restore the value it saw before its change.
    /// </summary>
    void AfterRollback(Action action);
}

/// <summary>An open transaction; disposing it without <see cref="CommitAsync"/> rolls back.</summary>
public interface IStoreTransaction : IAsyncDisposable
{
    /// <summary>
    /// Makes every write final, then runs the after-commit actions; for a nested transaction, hands its
    /// work and actions to the surrounding one.
    /// </summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
