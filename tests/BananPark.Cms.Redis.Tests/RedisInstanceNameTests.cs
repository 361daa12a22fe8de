using BananPark.Cms.Redis.Services;

namespace BananPark.Cms.Redis.Tests;

public sealed class RedisInstanceNameTests
{
    private const string Store = "Host=db.internal;Port=5432;Database=cms;Username=banan;Password=very-secret";

    [Fact]
    public void Derive_ForOneStore_IsTheSameOnEveryNodeWhateverItsCredentials()
    {
        var a = Derive(Store, "prod_");
        var b = Derive("host=DB.internal;database=cms;username=other;password=another", "prod_");

        Assert.Equal(a, b);
        Assert.Matches("^cms-[0-9a-f]{16}$", a);
    }

    [Fact]
    public void Derive_ForAnotherSchemaPrefixDatabaseOrHost_Differs()
    {
        var names = new[]
        {
            Derive(Store, "prod_"),
            Derive(Store, "staging_"),
            Derive(Store.Replace("Database=cms", "Database=cms2", StringComparison.Ordinal), "prod_"),
            Derive(Store.Replace("db.internal", "db2.internal", StringComparison.Ordinal), "prod_"),
            RedisInstanceName.Derive(Nodes.Settings(new Dictionary<string, string?>()), "/srv/a/App_Data"),
            RedisInstanceName.Derive(Nodes.Settings(new Dictionary<string, string?>()), "/srv/b/App_Data"),
        };

        Assert.Equal(names.Length, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Describe_ForPostgreSql_NamesNoCredentials()
    {
        var description = RedisInstanceName.Describe(Settings(Store, "prod_"), "/srv/App_Data");

        Assert.Equal("postgresql:db.internal:5432/cms/prod_", description);
        Assert.DoesNotContain("secret", description, StringComparison.Ordinal);
        Assert.DoesNotContain("banan", description, StringComparison.Ordinal);
    }

    private static string Derive(string connectionString, string schemaPrefix) => RedisInstanceName.Derive(Settings(connectionString, schemaPrefix), "/srv/App_Data");

    private static Microsoft.Extensions.Configuration.IConfiguration Settings(string connectionString, string schemaPrefix) => Nodes.Settings(new Dictionary<string, string?>
    {
        ["Cms:DatabaseProvider"] = "PostgreSql",
        ["Cms:ConnectionString"] = connectionString,
        ["Cms:SchemaPrefix"] = schemaPrefix,
    });
}
