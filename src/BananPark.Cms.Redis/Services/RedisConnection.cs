using BananPark.Cms.Data.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;

namespace BananPark.Cms.Redis.Services;

/// <summary>
/// The site's one connection to Redis, made on first use and kept (StackExchange.Redis reconnects by itself).
/// Redis being down at start does not stop the site (<c>AbortOnConnectFail=false</c>), and while it is down
/// commands fail at once instead of queueing (<see cref="BacklogPolicy.FailFast"/>), so callers fall back
/// without waiting. Every key goes through <see cref="Database"/> and every channel through
/// <see cref="Channel"/>, both under <see cref="InstanceName"/>.
/// </summary>
internal sealed partial class RedisConnection : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _multiplexer;

    public RedisConnection(IOptions<RedisOptions> options, IConfiguration configuration, TenantDataPaths paths, ILogger<RedisConnection> logger)
    {
        var configured = options.Value.InstanceName;
        InstanceName = string.IsNullOrWhiteSpace(configured) ? RedisInstanceName.Derive(configuration, paths.Root) : configured.Trim();
        var redis = ConfigurationOptions.Parse(options.Value.Configuration!);
        redis.AbortOnConnectFail = false;
        redis.BacklogPolicy = BacklogPolicy.FailFast;
        redis.ClientName ??= "BananPark.Cms";
        _multiplexer = new(() =>
        {
            var multiplexer = ConnectionMultiplexer.Connect(redis);
            LogConnecting(logger, InstanceName, string.IsNullOrWhiteSpace(configured) ? RedisInstanceName.Describe(configuration, paths.Root) : "Cms:Redis:InstanceName", multiplexer.IsConnected);
            return multiplexer;
        });
    }

    /// <summary>The prefix of this site's keys and channels.</summary>
    public string InstanceName { get; }

    /// <summary>This process among the site's nodes (its own messages are not replayed to it).</summary>
    public string NodeId { get; } = Guid.NewGuid().ToString("N");

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    /// <summary>The database with every key under <c>{InstanceName}:</c>.</summary>
    public IDatabase Database => Multiplexer.GetDatabase().WithKeyPrefix($"{InstanceName}:");

    /// <summary>A pub/sub channel under <c>{InstanceName}:</c>.</summary>
    public RedisChannel Channel(string name) => RedisChannel.Literal($"{InstanceName}:{name}");

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis: instance {InstanceName} (from {Source}); connected at start: {Connected}.")]
    private static partial void LogConnecting(ILogger logger, string instanceName, string source, bool connected);
}
