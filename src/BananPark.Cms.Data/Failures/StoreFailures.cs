using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;

namespace BananPark.Cms.Data.Failures;

/// <summary>
/// The one place that tells "the store is unavailable or full" (a locked, read-only, full or unreachable
/// database) from a bug. The error page answers such a failure with 503 and <c>Retry-After</c>, the editors
/// with "Could not save: the store is unavailable or full." and the typed values kept.
/// </summary>
public static class StoreFailures
{
    // SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>The message an editor sees when a save fails this way.</summary>
    public const string CouldNotSave = "Could not save: the store is unavailable or full.";

    /// <summary>Seconds a client is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>
    /// True when <paramref name="error"/>, or an exception it wraps (EF Core's <c>DbUpdateException</c>, an
    /// <see cref="AggregateException"/>), says the store cannot be reached or written right now.
    /// </summary>
    public static bool IsUnavailable(Exception? error)
    {
        for (var depth = 0; error is not null && depth < 8; depth++)
        {
            if (Matches(error))
            {
                return true;
            }

            error = error is AggregateException { InnerExceptions.Count: 1 } one ? one.InnerExceptions[0] : error.InnerException;
        }

        return false;
    }

    private static bool Matches(Exception error) => error switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked or SqliteReadOnly or SqliteIoError or SqliteFull or SqliteCantOpen,
        // PostgreSQL's SQLSTATE classes: 08 connection exception, 53 insufficient resources (disk full,
        // out of memory, too many connections), 57P operator intervention (shutting down, cannot connect now).
        DbException { SqlState: { Length: 5 } state } => state.StartsWith("08", StringComparison.Ordinal)
            || state.StartsWith("53", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal),
        // A provider's connection failure without a SQLSTATE (Npgsql: "Failed to connect", a broken stream):
        // transient and caused by the network or a timeout.
        DbException { IsTransient: true } db => db.InnerException is SocketException or IOException or TimeoutException,
        _ => false,
    };
}
