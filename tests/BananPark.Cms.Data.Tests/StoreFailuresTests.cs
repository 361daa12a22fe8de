using System.Data.Common;
using System.Net.Sockets;
using BananPark.Cms.Data.Failures;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Data.Tests;

/// <summary>Which failures are "the store is unavailable or full": SQLite's for real, PostgreSQL's by their SQLSTATE.</summary>
public sealed class StoreFailuresTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "banan-store-failures", Guid.NewGuid().ToString("N"));

    public StoreFailuresTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void IsUnavailable_WhenTheFileCannotBeOpened_IsTrue()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "missing", "cms.db")};Mode=ReadOnly;Pooling=False");

        var error = Assert.Throws<SqliteException>(connection.Open);

        Assert.True(StoreFailures.IsUnavailable(error), error.Message);
    }

    [Fact]
    public void IsUnavailable_WhenTheDatabaseIsReadOnly_IsTrue()
    {
        var file = CreateDatabase();
        using var connection = Open($"Data Source={file};Mode=ReadOnly;Pooling=False");

        var error = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (v) VALUES ('x')"));

        Assert.True(StoreFailures.IsUnavailable(error), error.Message);
    }

    [Fact]
    public void IsUnavailable_WhenTheDatabaseIsFull_IsTrue()
    {
        var file = CreateDatabase();
        using var connection = Open($"Data Source={file};Pooling=False");
        Execute(connection, "PRAGMA max_page_count = 3");

        var error = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (v) SELECT hex(randomblob(4000)) FROM (SELECT 1 UNION SELECT 2 UNION SELECT 3)"));

        Assert.True(StoreFailures.IsUnavailable(error), error.Message);
    }

    [Fact]
    public void IsUnavailable_WhenAnotherWriterHoldsTheLock_IsTrue()
    {
        var file = CreateDatabase();
        using var holder = Open($"Data Source={file};Pooling=False");
        Execute(holder, "BEGIN IMMEDIATE");
        using var writer = Open($"Data Source={file};Pooling=False;Default Timeout=1");

        var error = Assert.Throws<SqliteException>(() => Execute(writer, "INSERT INTO t (v) VALUES ('x')"));

        Assert.True(StoreFailures.IsUnavailable(error), error.Message);
    }

    [Fact]
    public void IsUnavailable_WhenWrappedByEfCore_LooksInside()
    {
        var file = CreateDatabase();
        using var connection = Open($"Data Source={file};Mode=ReadOnly;Pooling=False");
        var inner = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (v) VALUES ('x')"));

        Assert.True(StoreFailures.IsUnavailable(new DbUpdateException("An error occurred while saving the entity changes.", inner)));
        Assert.True(StoreFailures.IsUnavailable(new AggregateException(new InvalidOperationException("wrapped", inner))));
    }

    [Fact]
    public void IsUnavailable_WhenAConstraintFails_IsFalse()
    {
        var file = CreateDatabase();
        using var connection = Open($"Data Source={file};Pooling=False");
        Execute(connection, "CREATE UNIQUE INDEX u ON t (v); INSERT INTO t (v) VALUES ('x')");

        var error = Assert.Throws<SqliteException>(() => Execute(connection, "INSERT INTO t (v) VALUES ('x')"));

        Assert.False(StoreFailures.IsUnavailable(error), error.Message);
        Assert.False(StoreFailures.IsUnavailable(new InvalidOperationException("a bug")));
        Assert.False(StoreFailures.IsUnavailable(null));
    }

    [Theory]
    [InlineData("08006", true)] // connection_failure
    [InlineData("53100", true)] // disk_full
    [InlineData("53300", true)] // too_many_connections
    [InlineData("57P01", true)] // admin_shutdown
    [InlineData("57P03", true)] // cannot_connect_now
    [InlineData("23505", false)] // unique_violation
    [InlineData("57014", false)] // query_canceled: asked for, not an outage
    public void IsUnavailable_ForPostgreSqlStates_FollowsTheirClass(string sqlState, bool expected)
        => Assert.Equal(expected, StoreFailures.IsUnavailable(new ProviderException(sqlState, transient: false, inner: null)));

    [Fact]
    public void IsUnavailable_WhenAProviderCannotConnect_IsTrue()
        => Assert.True(StoreFailures.IsUnavailable(new ProviderException(null, transient: true, new SocketException((int)SocketError.ConnectionRefused))));

    private string CreateDatabase()
    {
        var file = Path.Combine(_folder, $"{Guid.NewGuid():N}.db");
        using var connection = Open($"Data Source={file};Pooling=False");
        Execute(connection, "CREATE TABLE t (v TEXT)");
        return file;
    }

    private static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Shaped like Npgsql's exceptions: a SQLSTATE from the server, or a transient failure to connect.</summary>
    private sealed class ProviderException(string? sqlState, bool transient, Exception? inner) : DbException("provider failure", inner)
    {
        public override string? SqlState => sqlState;

        public override bool IsTransient => transient;
    }
}
