using BananPark.Cms.Core.Data;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Data.Services;

/// <summary>
/// The unit of work over the scope's <see cref="CmsDbContext"/>. The outermost transaction is a database
/// transaction that every <see cref="IStoreEnlistment"/> joins; a transaction begun while one is open is a
/// savepoint inside it. Each level keeps its own after-commit and after-rollback actions: a nested commit
/// hands them to the level around it, a nested rollback runs its rollback actions and drops the rest.
/// </summary>
internal sealed partial class StoreSession(CmsDbContext db, IServiceProvider services) : IStoreSession
{
    private readonly Stack<Level> _levels = new();
    private IDbContextTransaction? _transaction;
    private List<IStoreEnlistment> _enlisted = [];
    private int _savepoints;

    /// <summary>Known without touching the database context, so a cached read costs no context set-up.</summary>
    public bool InTransaction => _transaction is not null;

    public async Task<IStoreTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default)
    {
        if (_transaction is not null)
        {
            var savepoint = $"unit_of_work_{++_savepoints}";
            await _transaction.CreateSavepointAsync(savepoint, cancellationToken);
            var nested = new Level(savepoint);
            _levels.Push(nested);
            return new NestedTransaction(this, nested);
        }

        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("A transaction the unit of work did not begin is open on the tenant's store.");
        }

        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        _enlisted = services.GetServices<IStoreEnlistment>().ToList();
        foreach (var enlistment in _enlisted)
        {
            enlistment.Enlist(_transaction.GetDbTransaction());
        }

        var outer = new Level(null);
        _levels.Push(outer);
        return new OuterTransaction(this, _transaction, outer);
    }

    public async Task AfterCommitAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        if (_levels.Count == 0)
        {
            await action(cancellationToken);
            return;
        }

        _levels.Peek().AfterCommit.Add(action);
    }

    public async Task AfterCommitOnceAsync(string key, Func<CancellationToken, Task> action, CancellationToken cancellationToken = default)
    {
        if (_levels.Count == 0)
        {
            await action(cancellationToken);
            return;
        }

        if (!_levels.Any(level => level.AfterCommitOnce.ContainsKey(key)))
        {
            _levels.Peek().AfterCommitOnce.Add(key, action);
        }
    }

    public void AfterRollback(Action action)
    {
        if (_levels.Count > 0)
        {
            _levels.Peek().AfterRollback.Add(action);
        }
    }

    /// <summary>What the store holds no longer matches what the contexts track: forget it.</summary>
    private void ForgetTracked()
    {
        db.ChangeTracker.Clear();
        foreach (var enlistment in _enlisted)
        {
            enlistment.RolledBack();
        }
    }

    private void EndOuter()
    {
        foreach (var enlistment in _enlisted)
        {
            enlistment.Enlist(null);
        }

        _enlisted = [];
        _levels.Clear();
        _transaction = null;
    }

    private static void RunRollbackActions(IEnumerable<Level> levels)
    {
        // Last registered first: an action may restore what its change replaced.
        foreach (var action in levels.SelectMany(l => l.AfterRollback).Reverse().ToList())
        {
            action();
        }
    }

    /// <summary>One level of transaction and the actions registered while it was the innermost.</summary>
    private sealed class Level(string? savepoint)
    {
        public string? Savepoint { get; } = savepoint;

        public List<Func<CancellationToken, Task>> AfterCommit { get; } = [];

        public Dictionary<string, Func<CancellationToken, Task>> AfterCommitOnce { get; } = new(StringComparer.Ordinal);

        public List<Action> AfterRollback { get; } = [];

        public void HandTo(Level outer)
        {
            outer.AfterCommit.AddRange(AfterCommit);
            foreach (var (key, action) in AfterCommitOnce)
            {
                outer.AfterCommitOnce.TryAdd(key, action);
            }

            outer.AfterRollback.AddRange(AfterRollback);
        }
    }
}
