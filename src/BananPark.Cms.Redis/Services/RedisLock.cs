using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Services;

/// <summary>
/// <see cref="IDistributedLock"/> as a Redis key <c>lock:{name}</c> set with <c>SET NX PX</c> to a token of
/// the holder's own; renewed every third of the lease while held, and deleted on release only when it still
/// holds that token (a holder whose lease ran out never deletes its successor's). A holder that dies frees it
/// when the lease ends. Redis unreachable: not acquired, so nothing runs twice.
/// </summary>
internal sealed partial class RedisLock(RedisConnection redis, ILogger<RedisLock> logger) : IDistributedLock
{
    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lease, TimeSpan.FromMilliseconds(100));
        var key = new RedisKey($"lock:{name}");
        var token = $"{redis.NodeId}:{Guid.NewGuid():N}";
        try
        {
            var database = redis.Database;
            return await database.StringSetAsync(key, token, lease, When.NotExists) ? new Held(database, key, token, lease, name, logger) : null;
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogUnreachable(logger, ex, name);
            return null;
        }
    }

    private sealed class Held : IAsyncDisposable
    {
        private readonly IDatabase _database;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly string _name;
        private readonly ILogger _logger;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewing;

        public Held(IDatabase database, RedisKey key, string token, TimeSpan lease, string name, ILogger logger)
        {
            (_database, _key, _token, _name, _logger) = (database, key, token, name, logger);
            _renewing = RenewAsync(lease);
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewing;
            _stop.Dispose();
            try
            {
                await _database.ScriptEvaluateAsync(ReleaseScript, [_key], [_token]);
            }
            catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
            {
                // Its lease ends it all the same.
                LogNotReleased(_logger, ex, _name);
            }
        }

        private async Task RenewAsync(TimeSpan lease)
        {
            try
            {
                while (true)
                {
                    await Task.Delay(lease / 3, _stop.Token);
                    var renewed = (long)await _database.ScriptEvaluateAsync(RenewScript, [_key], [_token, (long)lease.TotalMilliseconds]);
                    if (renewed == 0)
                    {
                        LogLost(_logger, _name);
                        return;
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // Released.
            }
            catch (Exception ex) when (ex is RedisException or RedisTimeoutException or ObjectDisposedException)
            {
                // Unreachable, or the node is shutting down: the lease bounds how long the key outlives the renewals.
                LogLost(_logger, _name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: lock {Name} not taken, Redis is unreachable (the work is skipped, not run twice).")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: lock {Name} could not be renewed; another node may take it once its lease ends.")]
    private static partial void LogLost(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: lock {Name} could not be released; it ends with its lease.")]
    private static partial void LogNotReleased(ILogger logger, Exception exception, string name);
}
