using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Data.Services;

/// <summary>Creates and upgrades a tenant's database through the migrations.</summary>
public sealed partial class TenantDatabase(CmsDbContext db, TenantDataPaths paths, TenantStore store, ITenantContext tenant, ILogger<TenantDatabase> logger) : ITenantInitializer
{
    /// <summary>The table EF Core's SQLite provider keeps its migration lock in (one row while a migration runs).</summary>
    private const string MigrationLockTable = "__EFMigrationsLock";

    /// <summary>First: everything else stores into this database.</summary>
    public int Order => 0;

    public Task InitializeAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    /// <summary>
    /// Creates the tenant's place (SQLite: its folder; PostgreSQL: its schema) and applies pending migrations.
    /// Cheap when up to date. Runs inside the tenant's <see cref="ITenantSetupLock"/>, so no other process of
    /// this site migrates at the same time.
    /// </summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (store.IsPostgreSql)
        {
            await PostgreSqlSchema.EnsureAsync(db, store.Schema(tenant.Tenant), cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        Directory.CreateDirectory(paths.TenantFolder(tenant.Tenant));
        await ClearStaleMigrationLockAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers go on while an import writes; the setting is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary>
    /// EF Core's SQLite migration lock is a row, not a lock the OS drops: a process killed while migrating
    /// (even when nothing was pending) leaves it behind, and every later migration waits for it forever.
    /// Our processes migrate only while holding the tenant's setup lock, which died with that process, so
    /// a row found here is stale.
    /// </summary>
    private async Task ClearStaleMigrationLockAsync(CancellationToken cancellationToken)
    {
        var exists = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {MigrationLockTable}")
            .SingleAsync(cancellationToken);
        if (exists == 0)
        {
            return;
        }

        var cleared = await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{MigrationLockTable}\";", cancellationToken);
        if (cleared > 0)
        {
            LogStaleLock(tenant.Tenant.Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant}: removed a migration lock left by a process that stopped while migrating.")]
    private partial void LogStaleLock(string tenant);
}
