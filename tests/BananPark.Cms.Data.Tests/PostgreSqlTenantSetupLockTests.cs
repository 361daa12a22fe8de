using BananPark.Cms.Data.Services;
using BananPark.Cms.Testing;
using Npgsql;

namespace BananPark.Cms.Data.Tests;

/// <summary>The setup lock's facts on PostgreSQL (a session advisory lock), and that it dies with its holder's connection.</summary>
public sealed class PostgreSqlTenantSetupLockTests : TenantSetupLockTests
{
    protected override TestStore Store => TestStore.PostgreSql;

    [Fact]
    public async Task AcquireAsync_WhenTheHoldersConnectionIsKilled_IsFreeForTheNext()
    {
        var cancel = TestContext.Current.CancellationToken;
        await TestTenant.RunAsync<ITenantSetupLock>(async setupLock =>
        {
            var held = await setupLock.AcquireAsync(Tenant, null, cancel);
            var waiting = setupLock.AcquireAsync(Tenant, null, cancel);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancel);
            Assert.False(waiting.IsCompleted);

            // What a node killed with -9 leaves: its connection ends, the server drops the lock.
            Assert.Equal(1, await TerminateHolderAsync(TestTenant.ConnectionString!, TestTenant.Schema!));
            await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10), cancel);
            await held.DisposeAsync();
        });
    }

    private static async Task<int> TerminateHolderAsync(string connectionString, string schema)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT COUNT(pg_terminate_backend(pid))::int FROM pg_locks
            WHERE locktype = 'advisory' AND granted AND classid = @class AND objid = hashtext(@schema)::oid
            """, connection);
        command.Parameters.AddWithValue("class", (long)0x42504B53);
        command.Parameters.AddWithValue("schema", schema);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
