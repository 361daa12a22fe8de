using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace BananPark.Cms.Redis.Services;

/// <summary>
/// The default instance name: what identifies the site's store (the provider with the PostgreSQL host, port,
/// database and schema prefix, or the SQLite data root), hashed into <c>cms-</c> and 16 hex digits. Never the
/// password or user name: two nodes on one store get one name, two environments on two stores two names.
/// </summary>
public static class RedisInstanceName
{
    /// <summary>What the name is derived from, readable (for the start-up log), without credentials.</summary>
    public static string Describe(IConfiguration configuration, string dataRoot)
    {
        if (!string.Equals(configuration["Cms:DatabaseProvider"], "PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            return $"sqlite:{dataRoot}";
        }

        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = configuration["Cms:ConnectionString"] ?? "";
        }
        catch (ArgumentException)
        {
            // A malformed string is the data capability's start-up error to report; name it by provider alone.
        }

        var host = (Value(builder, "Host") ?? Value(builder, "Server") ?? "localhost").ToLowerInvariant();
        var port = Value(builder, "Port") ?? "5432";
        var database = Value(builder, "Database") ?? Value(builder, "Db") ?? "";
        return $"postgresql:{host}:{port}/{database}/{configuration["Cms:SchemaPrefix"] ?? ""}";
    }

    /// <summary>The instance name for <see cref="Describe"/>'s description.</summary>
    public static string Derive(IConfiguration configuration, string dataRoot)
        => "cms-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Describe(configuration, dataRoot))))[..16];

    private static string? Value(DbConnectionStringBuilder builder, string key)
        => builder.TryGetValue(key, out var value) && value?.ToString() is { Length: > 0 } text ? text : null;
}
