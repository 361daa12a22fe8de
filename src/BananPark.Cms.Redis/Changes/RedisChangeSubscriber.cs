using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Redis.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Changes;

/// <summary>
/// Replays the changes other nodes committed into this node's <see cref="ISiteChangeListener"/>s (the site's
/// cache, the output cache), never into <see cref="RedisChangePublisher"/> (so nothing goes back to Redis) and
/// never a message this node sent (its listeners were told when it committed). When the connection comes back
/// after a drop, messages may have been missed: every tenant's caches are evicted.
/// </summary>
internal sealed partial class RedisChangeSubscriber(
    RedisConnection redis, IServiceScopeFactory scopes, ITenantCatalog tenants, ILogger<RedisChangeSubscriber> logger) : BackgroundService
{
    private volatile bool _subscribed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Connecting may wait for Redis's connect timeout: not on the host's start-up path.
        await Task.Yield();
        await SubscribeAsync();
    }

    /// <summary>Connects and listens; a failure (Redis down) is retried when the connection is restored.</summary>
    public async Task SubscribeAsync()
    {
        var multiplexer = redis.Multiplexer;
        multiplexer.ConnectionRestored -= OnRestored;
        multiplexer.ConnectionRestored += OnRestored;
        await TrySubscribeAsync();
    }

    private async Task TrySubscribeAsync()
    {
        if (_subscribed)
        {
            return;
        }

        try
        {
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(redis.Channel(ChangeMessage.Channel), OnMessage);
            _subscribed = true;
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogNotSubscribed(logger, ex);
        }
    }

    private void OnMessage(RedisChannel channel, RedisValue value)
    {
        if (ChangeMessage.Read(value) is not { } message || message.Node == redis.NodeId
            || !tenants.All.Any(t => string.Equals(t.Name, message.Tenant, StringComparison.Ordinal)))
        {
            return;
        }

        _ = TellAsync([message.Tenant], message.Changes);
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        LogRestored(logger);
        _ = Task.Run(async () =>
        {
            await TrySubscribeAsync();
            await TellAsync(tenants.All.Select(t => t.Name).ToList(), SiteChangesExtensions.All);
        });
    }

    /// <summary>Tells this node's own listeners, as its change signal would after a commit here.</summary>
    private async Task TellAsync(IReadOnlyList<string> tenantNames, SiteChanges changes)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var listeners = scope.ServiceProvider.GetServices<ISiteChangeListener>().Where(l => l is not RedisChangePublisher).ToList();
            foreach (var tenant in tenantNames)
            {
                foreach (var listener in listeners)
                {
                    await listener.SiteChangedAsync(tenant, changes, CancellationToken.None);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            LogReplayFailed(logger, ex, changes);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: not listening for other nodes' changes yet (Redis unreachable); retried when the connection comes back.")]
    private static partial void LogNotSubscribed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: connection restored; changes may have been missed, so every tenant's cached items and pages on this node are evicted.")]
    private static partial void LogRestored(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Redis: replaying another node's change ({Changes}) into this node's caches failed.")]
    private static partial void LogReplayFailed(ILogger logger, Exception exception, SiteChanges changes);
}
