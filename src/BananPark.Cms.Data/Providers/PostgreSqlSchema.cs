using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Data.Providers;

/// <summary>
/// What a tenant's PostgreSQL schema needs before its migrations run: the schema itself and <c>pg_trgm</c>
/// (the admin search's trigram index). Both under a database-wide transaction lock, because two tenants
/// (or test schemas) created at once would otherwise race on <c>CREATE EXTENSION</c>.
/// </summary>
internal static class PostgreSqlSchema
{
    /// <summary>The second key of the database-wide lock (the first is <see cref="PostgreSqlTenantSetupLock.LockClass"/>).</summary>
    private const int ExtensionLockKey = 1;

    public static async Task EnsureAsync(CmsDbContext db, string schema, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgreSqlTenantSetupLock.LockClass}, {ExtensionLockKey})", cancellationToken);
        var trigrams = await db.Database.SqlQueryRaw<int>("SELECT COUNT(*)::int AS \"Value\" FROM pg_extension WHERE extname = 'pg_trgm'").SingleAsync(cancellationToken);
        if (trigrams == 0)
        {
            await db.Database.ExecuteSqlRawAsync($"CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA {TenantStore.ExtensionSchema}", cancellationToken);
        }

        // The name is checked to be a plain identifier and quoted (SchemaNames): safe in the statement, and
        // "default" (the Default tenant's schema without a prefix) is a reserved word.
        var create = "CREATE SCHEMA IF NOT EXISTS " + SchemaNames.Quoted(schema);
        await db.Database.ExecuteSqlRawAsync(create, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
