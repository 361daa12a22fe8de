using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;
using Npgsql;

namespace BananPark.Cms.Data.Providers;

/// <summary>
/// <see cref="ITenantSetupLock"/> for PostgreSQL: a session-level advisory lock keyed by the tenant's schema,
/// held on a connection of its own (not pooled), tried again every <see cref="PollInterval"/>. The server
/// drops the lock when that connection ends, so a node killed while setting up never blocks the next one.
/// </summary>
internal sealed class PostgreSqlTenantSetupLock(TenantStore store, TimeProvider clock) : ITenantSetupLock
{
    /// <summary>The first key of the two-key advisory lock: ours, so other users of the database do not collide with it.</summary>
    public const int LockClass = 0x42504B53;

    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);

    public async Task<IAsyncDisposable> AcquireAsync(TenantSettings tenant, Action? waiting, CancellationToken cancellationToken)
    {
        var schema = store.Schema(tenant);
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.ServerConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var told = false;
            while (!await TryLockAsync(connection, schema, cancellationToken))
            {
                if (!told)
                {
                    told = true;
                    waiting?.Invoke();
                }

                await Task.Delay(PollInterval, clock, cancellationToken);
            }

            return new Held(connection, schema);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@class, hashtext(@schema))", connection);
        command.Parameters.AddWithValue("class", LockClass);
        command.Parameters.AddWithValue("schema", schema);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Unlocks and closes; closing alone would release it too (the connection is not pooled).</summary>
    private sealed class Held(NpgsqlConnection connection, string schema) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, hashtext(@schema))", connection);
                command.Parameters.AddWithValue("class", LockClass);
                command.Parameters.AddWithValue("schema", schema);
                await command.ExecuteScalarAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
