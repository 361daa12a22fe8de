using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Content.Tests;

/// <summary>The admin list's queries must walk an index, not scan and sort the table (SQLite's own plan is asked).</summary>
public sealed partial class ContentQueryPlanTests : WorkflowTestBase
{
    private readonly SqlLog _sql = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(_sql);

    [Theory]
    [InlineData(null)]
    [InlineData("huike")]
    public async Task QueryAsync_WhenListingLatestVersionsByModified_ReadsTheIndexInOrder(string? search)
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: false);

        await QueryAsync(new ContentQuery { Version = VersionOptions.Latest, OrderBy = ContentOrder.ModifiedDescending, Search = search, Skip = 20, Take = 20 });

        var plan = await PlanAsync(_sql.Commands.Last(c => c.Contains("ORDER BY", StringComparison.Ordinal)));
        Assert.Contains("USING INDEX IX_ContentItems_Latest_ModifiedUtc", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountAsync_WhenCountingDrafts_UsesAnIndex()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: false);

        await Manager(m => m.CountAsync(new ContentQuery { Version = VersionOptions.Latest, Status = ContentStatus.Draft }));

        var plan = await PlanAsync(_sql.Commands.Last(c => c.Contains("COUNT(*)", StringComparison.Ordinal)));
        Assert.Contains("USING", plan, StringComparison.Ordinal);
        Assert.Contains("INDEX", plan, StringComparison.Ordinal);
    }

    /// <summary>SQLite's plan for a logged command; every parameter is bound to 1 (plans do not depend on the values).</summary>
    private async Task<string> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Tenant.DatabaseFile}");
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

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();

    /// <summary>The SQL of every command EF Core executes.</summary>
    private sealed class SqlLog : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _commands = new();

        public IReadOnlyList<string> Commands => [.. _commands];

        public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.EntityFrameworkCore.Database.Command" ? this : NullLoggerInstance;

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

        private static ILogger NullLoggerInstance => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    }
}
