using Xunit;

namespace BananPark.Cms.Testing;

/// <summary>
/// The real servers some tests need, found through the variables <c>.ci/services start</c> prints:
/// <c>CMS_TEST_POSTGRES</c> (an Npgsql connection string) and <c>CMS_TEST_REDIS</c> (a StackExchange.Redis
/// configuration string). Without one, a test skips saying how to get it; when <c>CMS_REQUIRE_POSTGRES=1</c>
/// or <c>CMS_REQUIRE_REDIS=1</c> (CI sets both) says it must be there, the test fails instead.
/// </summary>
public static class TestServices
{
    public const string PostgresVariable = "CMS_TEST_POSTGRES";

    public const string RedisVariable = "CMS_TEST_REDIS";

    /// <summary>The PostgreSQL connection string, or the test skips (fails when required).</summary>
    public static string Postgres => Require(PostgresVariable, "CMS_REQUIRE_POSTGRES", "PostgreSQL");

    /// <summary>The Redis configuration string, or the test skips (fails when required).</summary>
    public static string Redis => Require(RedisVariable, "CMS_REQUIRE_REDIS", "Redis");

    /// <summary>Whether PostgreSQL is configured, for tests that run on it when it is and say so otherwise.</summary>
    public static bool HasPostgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 };

    /// <summary>Whether Redis is configured.</summary>
    public static bool HasRedis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 };

    private static string Require(string variable, string requiredVariable, string service)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
        {
            return value;
        }

        var reason = $"{service} is not configured: {variable} is not set. Start one with `eval \"$(.ci/services start)\"` (the variables it prints point the tests at it).";
        if (Environment.GetEnvironmentVariable(requiredVariable) == "1")
        {
            throw new InvalidOperationException(reason + $" {requiredVariable}=1 says it must be there.");
        }

        Assert.Skip(reason);
        return null!;
    }
}
