using System.Data.Common;
using BananPark.Cms.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Testing;

/// <summary>
/// Makes the content store fail for real while a switch is on: <see cref="Down"/> refuses every connection
/// with SQLite's own "unable to open database file" (SQLITE_CANTOPEN); <see cref="ReadOnly"/> opens the
/// connection with <c>PRAGMA query_only</c>, so SQLite itself refuses every write (SQLITE_READONLY), as a
/// read-only file or mount would. Switched off, the next connection works again.
/// </summary>
public sealed class StoreOutage : DbConnectionInterceptor
{
    private const int SqliteCantOpen = 14;

    private volatile bool _down;
    private volatile bool _readOnly;

    /// <summary>True while every connection to the content store is refused.</summary>
    public bool Down { get => _down; set => _down = value; }

    /// <summary>True while the content store refuses writes and still answers reads.</summary>
    public bool ReadOnly { get => _readOnly; set => _readOnly = value; }

    /// <summary>Adds <paramref name="outage"/> to the site's content <see cref="CmsDbContext"/>.</summary>
    public static IServiceCollection Install(IServiceCollection services, StoreOutage outage)
        => services.AddSingleton(outage).ConfigureDbContext<CmsDbContext>(options => options.AddInterceptors(outage));

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
        => _down ? throw new SqliteException("SQLite Error 14: 'unable to open database file'.", SqliteCantOpen) : result;

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
        => _down ? throw new SqliteException("SQLite Error 14: 'unable to open database file'.", SqliteCantOpen) : ValueTask.FromResult(result);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SetQueryOnly(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SetQueryOnly(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Back to writable before the connection returns to the pool: the pragma stays with the pooled connection,
    /// and the Identity context, which opens the same pooled connections without this interceptor, must not
    /// inherit a refusal the switch no longer asks for.
    /// </summary>
    public override InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Reset(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Reset(connection);
        return ValueTask.FromResult(result);
    }

    private static void Reset(DbConnection connection)
    {
        if (connection.State == System.Data.ConnectionState.Open)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA query_only = OFF;";
            command.ExecuteNonQuery();
        }
    }

    private void SetQueryOnly(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _readOnly ? "PRAGMA query_only = ON;" : "PRAGMA query_only = OFF;";
        command.ExecuteNonQuery();
    }
}
