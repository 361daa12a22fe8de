using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Content.Tests;

/// <summary>
/// The SQL a test's tenant runs (register <see cref="Log"/> as a logger provider) and SQLite's own plan
/// for it, so a test can assert that a query walks an index instead of scanning or sorting the table.
/// </summary>
public sealed partial class QueryPlans : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _commands = new();

    /// <summary>Every command executed so far, oldest first.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    /// <summary>The last command that contains every one of <paramref name="fragments"/>.</summary>
    public string Last(params string[] fragments)
        => Commands.Last(c => fragments.All(f => c.Contains(f, StringComparison.Ordinal)));

    /// <summary>SQLite's plan for a logged command; every parameter is bound to 1 (plans do not depend on the values).</summary>
    public static async Task<string> PlanAsync(string databaseFile, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            command.Parameters.AddWithValue(name, 1);
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return string.Join("\n", lines);
    }

    public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var message = formatter(state, exception);
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (eventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true && newline >= 0)
        {
            _commands.Enqueue(message[(newline + 1)..]);
        }
    }

    public void Dispose()
    {
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
