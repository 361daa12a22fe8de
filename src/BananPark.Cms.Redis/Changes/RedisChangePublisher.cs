using BananPark.Cms.Core.Data;
using BananPark.Cms.Redis.Services;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Changes;

/// <summary>
/// Tells the other nodes of each change committed here, on the instance's channel. Fire and forget: the
/// commit never waits for Redis nor fails with it; a message lost while Redis is down is made up for by
/// the receivers evicting everything when their connection comes back (<see cref="RedisChangeSubscriber"/>).
/// </summary>
internal sealed partial class RedisChangePublisher(RedisConnection redis, ILogger<RedisChangePublisher> logger) : ISiteChangeListener
{
    public async Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken)
    {
        try
        {
            var message = new ChangeMessage(redis.NodeId, tenantName, changes).Write();
            await redis.Multiplexer.GetSubscriber().PublishAsync(redis.Channel(ChangeMessage.Channel), message, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogNotPublished(logger, ex, tenantName, changes);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: could not tell the other nodes of a change in tenant {Tenant} ({Changes}); they evict everything when they reconnect.")]
    private static partial void LogNotPublished(ILogger logger, Exception exception, string tenant, SiteChanges changes);
}
