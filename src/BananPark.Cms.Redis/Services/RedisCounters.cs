using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Services;

/// <summary>
/// <see cref="ISharedCounters"/> as Redis hashes <c>count:{key}</c> (count and last time), incremented and
/// given their expiry in one Lua script, so every node counts together. While Redis is unreachable each node
/// counts in its own memory instead (<see cref="InProcessCounters"/>): the limits then hold per node, as on a
/// site of one node, rather than refusing every sign-in or letting every one through.
/// </summary>
internal sealed partial class RedisCounters(RedisConnection redis, ILogger<RedisCounters> logger) : ISharedCounters
{
    // ARGV: now (ms since 1970), window (ms), 1 = sliding (expiry from this increment) / 0 = fixed (from the first).
    private const string IncrementScript = """
        local count = redis.call('HINCRBY', KEYS[1], 'c', 1)
        redis.call('HSET', KEYS[1], 't', ARGV[1])
        if ARGV[3] == '1' or count == 1 or redis.call('PTTL', KEYS[1]) < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        return {count, redis.call('PTTL', KEYS[1])}
        """;

    private const string GetScript = """
        local values = redis.call('HMGET', KEYS[1], 'c', 't')
        if not values[1] then return nil end
        return {tonumber(values[1]), tonumber(values[2]), redis.call('PTTL', KEYS[1])}
        """;

    private readonly InProcessCounters _fallback = new();

    public async Task<SharedCount> IncrementAsync(string key, DateTimeOffset now, TimeSpan window, SharedCountWindow kind, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(IncrementScript, [Key(key)],
                [now.ToUnixTimeMilliseconds(), Math.Max(1, (long)window.TotalMilliseconds), kind == SharedCountWindow.Sliding ? "1" : "0"]))!;
            return new SharedCount((long)result[0], now, now.AddMilliseconds(Math.Max(0, (long)result[1])));
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogFallback(logger, ex);
            return await _fallback.IncrementAsync(key, now, window, kind, cancellationToken);
        }
    }

    public async Task<SharedCount?> GetAsync(string key, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await redis.Database.ScriptEvaluateAsync(GetScript, [Key(key)]);
            if (result.IsNull)
            {
                return null;
            }

            var values = (RedisResult[])result!;
            return new SharedCount((long)values[0], DateTimeOffset.FromUnixTimeMilliseconds((long)values[1]), now.AddMilliseconds(Math.Max(0, (long)values[2])));
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogFallback(logger, ex);
            return await _fallback.GetAsync(key, now, cancellationToken);
        }
    }

    public async Task ResetAsync(string key, CancellationToken cancellationToken = default)
    {
        await _fallback.ResetAsync(key, cancellationToken);
        try
        {
            await redis.Database.KeyDeleteAsync(Key(key));
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogFallback(logger, ex);
        }
    }

    private static RedisKey Key(string key) => new($"count:{key}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: unreachable, so this node counts sign-in failures and posts on its own until it is back.")]
    private static partial void LogFallback(ILogger logger, Exception exception);
}
