using BananPark.Cms.Core.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace BananPark.Cms.Data.Services;

/// <summary>The unit of work over the scope's <see cref="CmsDbContext"/>.</summary>
internal sealed class StoreSession(CmsDbContext db) : IStoreSession
{
    private List<Func<CancellationToken, Task>>? _afterCommit;
    private Dictionary<string, Func<CancellationToken, Task>>? _afterCommitOnce;
    private List<Action>? _afterRollback;
    private bool _open;

    /// <summary>Known without touching the database context, so a cached read costs no context set-up.</summary>
    public bool InTransaction => _open;

    public async Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_open || db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A transaction is already open in this unit of work.");
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        _open = true;
        _afterCommit = [];
        _afterCommitOnce = new(StringComparer.Ordinal);
        _afterRollback = [];
        return new Transaction(this, transaction);
    }

    public async Task AfterCommitAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        if (_afterCommit is null)
        {
            await action(cancellationToken);
            return;
        }

        _afterCommit.Add(action);
    }

    public async Task AfterCommitOnceAsync(string key, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        if (_afterCommitOnce is null)
        {
            await action(cancellationToken);
            return;
        }

        _afterCommitOnce.TryAdd(key, action);
    }

    public void AfterRollback(Action action) => _afterRollback?.Add(action);

    private void Forget()
    {
        _open = false;
        _afterCommit = null;
        _afterCommitOnce = null;
        _afterRollback = null;
    }

    private sealed class Transaction(StoreSession session, IDbContextTransaction transaction) : IStoreTransaction
    {
        private bool _committed;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await transaction.CommitAsync(cancellationToken);
            _committed = true;
            // Keyed actions (cache evictions) run after the others (cache refreshes), so nothing is
            // re-rendered from a cache that is about to change.
            var actions = (session._afterCommit ?? []).Concat(session._afterCommitOnce?.Values ?? Enumerable.Empty<Func<CancellationToken, Task>>()).ToList();
            session.Forget();
            foreach (var action in actions)
            {
                await action(cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_committed)
            {
                await transaction.RollbackAsync();
                var undo = session._afterRollback ?? [];
                session.Forget();
                // Entities tracked during the failed work must not leak into later saves.
                session.DbContext.ChangeTracker.Clear();
                foreach (var action in undo)
                {
                    action();
                }
            }

            await transaction.DisposeAsync();
        }
    }

    private CmsDbContext DbContext => db;
}
