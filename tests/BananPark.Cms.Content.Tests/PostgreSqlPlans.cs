using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace BananPark.Cms.Content.Tests;

/// <summary>
/// The commands a PostgreSQL tenant runs, with their parameters (register with <c>AddInterceptors</c>), and
/// PostgreSQL's own plan for one of them, asked with the same parameter values: a test can then assert which
/// index a query reads. The SQLite counterpart is <see cref="QueryPlans"/>.
/// </summary>
public sealed class PostgreSqlPlans : DbCommandInterceptor
{
    private readonly ConcurrentQueue<(string Sql, NpgsqlParameter[] Parameters)> _commands = new();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue((command.CommandText, command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToArray()));
        return ValueTask.FromResult(result);
    }

    /// <summary>PostgreSQL's plan (<c>EXPLAIN</c>, text) for the last command containing every one of <paramref name="fragments"/>.</summary>
    public async Task<string> PlanOfLastAsync(string connectionString, params string[] fragments)
    {
        var (sql, parameters) = _commands.Last(c => fragments.All(f => c.Sql.Contains(f, StringComparison.Ordinal)));
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("EXPLAIN " + sql, connection);
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }
}
