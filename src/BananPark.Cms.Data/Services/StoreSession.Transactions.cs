using BananPark.Cms.Core.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace BananPark.Cms.Data.Services;

internal sealed partial class StoreSession
{
    private sealed class OuterTransaction(StoreSession session, IDbContextTransaction transaction, Level level) : IStoreTransaction
    {
        private bool _ended;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            if (session._levels.Count != 1 || session._levels.Peek() != level)
            {
                throw new InvalidOperationException("A nested transaction is still open; commit or dispose it first.");
            }

            await transaction.CommitAsync(cancellationToken);
            _ended = true;
            session.EndOuter();
            // Keyed actions (cache evictions) run after the others (cache refreshes), so nothing is
            // re-rendered from a cache that is about to change.
            foreach (var action in level.AfterCommit.Concat(level.AfterCommitOnce.Values).ToList())
            {
                await action(cancellationToken);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_ended)
            {
                _ended = true;
                // Every level still open rolls back with this one.
                var levels = session._levels.ToList();
                await transaction.RollbackAsync();
                session.ForgetTracked();
                session.EndOuter();
                RunRollbackActions(levels.AsEnumerable().Reverse());
            }

            await transaction.DisposeAsync();
        }
    }

    private sealed class NestedTransaction(StoreSession session, Level level) : IStoreTransaction
    {
        private bool _ended;

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            var transaction = Current();
            await transaction.ReleaseSavepointAsync(level.Savepoint!, cancellationToken);
            _ended = true;
            session._levels.Pop();
            level.HandTo(session._levels.Peek());
        }

        public async ValueTask DisposeAsync()
        {
            // Nothing to undo when committed, or when the outer transaction already rolled everything back.
            if (_ended || session._transaction is null || !session._levels.Contains(level))
            {
                return;
            }

            _ended = true;
            var transaction = Current();
            await transaction.RollbackToSavepointAsync(level.Savepoint!);
            await transaction.ReleaseSavepointAsync(level.Savepoint!);
            session._levels.Pop();
            session.ForgetTracked();
            RunRollbackActions([level]);
        }

        private IDbContextTransaction Current()
        {
            if (session._transaction is null || session._levels.Count == 0 || session._levels.Peek() != level)
            {
                throw new InvalidOperationException("Nested transactions must end innermost first.");
            }

            return session._transaction;
        }
    }
}
