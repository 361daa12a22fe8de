using BananPark.Cms.Data.Providers;
using Npgsql;

namespace BananPark.Cms.Testing;

/// <summary>Test schemas in the shared test database: dropped with everything in them when their test ends.</summary>
public static class PostgreSqlSchemas
{
    public static async Task DropAsync(string connectionString, string schema)
    {
        // Pooled connections still set to the schema's search path would otherwise linger until they time out.
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // The name comes from the test's own prefix (letters, digits, _), never from outside; quoted, as "default" is reserved.
        await using var command = new NpgsqlCommand("DROP SCHEMA IF EXISTS " + SchemaNames.Quoted(schema) + " CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
