using System.Collections.Concurrent;
using System.Data.Common;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace BananPark.Cms.Data.Providers;

/// <summary>
/// The one home of the provider switch: where a tenant's store is (a SQLite file, or a PostgreSQL schema of
/// its own) and how every context of the tenant is pointed at it. The content store opens the connection;
/// the other contexts (identity) share it, so one transaction covers all of them.
/// </summary>
public sealed class TenantStore(IOptions<DataOptions> options, TenantDataPaths paths)
{
    /// <summary>The assembly holding the PostgreSQL migrations of every context (the SQLite ones live beside their contexts).</summary>
    public const string PostgreSqlMigrationsAssembly = "BananPark.Cms.Migrations.PostgreSql";

    /// <summary>The schema the <c>pg_trgm</c> extension is created in when missing; on every tenant's search path.</summary>
    public const string ExtensionSchema = "public";

    private readonly ConcurrentDictionary<string, string> _connectionStrings = new(StringComparer.Ordinal);

    public DatabaseProvider Provider => options.Value.DatabaseProvider;

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>The tenant's PostgreSQL schema: <c>{SchemaPrefix}{lower-case tenant}</c>.</summary>
    public string Schema(TenantSettings tenant) => SchemaNames.For(options.Value.SchemaPrefix, tenant.Name);

    /// <summary>
    /// The connection string of the tenant's store (PostgreSQL: its schema first on the search path). Built once
    /// per tenant: every request's context asks for it, and the settings do not change while the site runs.
    /// </summary>
    public string ConnectionString(TenantSettings tenant) => _connectionStrings.GetOrAdd(tenant.Name, _ => IsPostgreSql
        ? new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { SearchPath = $"{SchemaNames.Quoted(Schema(tenant))},{ExtensionSchema}" }.ConnectionString
        : paths.SqliteConnectionString(tenant));

    /// <summary>The database as configured, without a tenant's search path (setup locks, backups).</summary>
    public string ServerConnectionString => options.Value.ConnectionString ?? "";

    /// <summary>Points a context at the tenant's store on a connection of its own.</summary>
    public void Use(DbContextOptionsBuilder builder, TenantSettings tenant, string historyTable = HistoryRepository.DefaultTableName)
    {
        if (IsPostgreSql)
        {
            builder.UseNpgsql(ConnectionString(tenant), npgsql => Configure(npgsql, tenant, historyTable));
        }
        else
        {
            builder.UseSqlite(ConnectionString(tenant), sqlite => sqlite.MigrationsHistoryTable(historyTable));
        }
    }

    /// <summary>Points a context at the tenant's store on <paramref name="connection"/>, shared with the content store.</summary>
    public void Use(DbContextOptionsBuilder builder, TenantSettings tenant, DbConnection connection, string historyTable)
    {
        if (IsPostgreSql)
        {
            builder.UseNpgsql(connection, npgsql => Configure(npgsql, tenant, historyTable));
        }
        else
        {
            builder.UseSqlite(connection, sqlite => sqlite.MigrationsHistoryTable(historyTable));
        }
    }

    private void Configure(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql, TenantSettings tenant, string historyTable)
        => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly).MigrationsHistoryTable(historyTable, Schema(tenant));
}
