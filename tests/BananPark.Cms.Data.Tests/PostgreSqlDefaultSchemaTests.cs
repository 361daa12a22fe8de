using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using Npgsql;

namespace BananPark.Cms.Data.Tests;

/// <summary>
/// A site that sets no <c>Cms:SchemaPrefix</c>, as a new user's does: the Default tenant lives in the schema
/// <c>default</c>, a reserved word in PostgreSQL. In a database of the test's own, so no other test's data meets it.
/// </summary>
public sealed class PostgreSqlDefaultSchemaTests
{
    [Fact]
    public async Task Setup_WithoutASchemaPrefix_StoresTheDefaultTenantInTheSchemaNamedDefault()
    {
        var server = TestServices.Postgres;
        var database = "banan_t" + Guid.NewGuid().ToString("N")[..16];
        await ExecuteAsync(server, $"CREATE DATABASE {database}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            await using (var tenant = await TestTenant.CreateAsync(_ => { }, new Dictionary<string, string?>
            {
                ["Cms:ConnectionString"] = connectionString,
                ["Cms:SchemaPrefix"] = "",
            }, TestStore.PostgreSql))
            {
                await tenant.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe, TestContext.Current.CancellationToken));

                Assert.Equal("default", tenant.Schema);
                var versions = await tenant.CountVersionsAsync();
                Assert.True(versions > 0);
                Assert.Equal(versions, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM \"default\".\"ContentItems\""));
            }

            Assert.Equal(0L, await ScalarAsync(connectionString, "SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'default'"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
