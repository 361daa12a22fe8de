using System.Globalization;
using BananPark.Cms.Redis.Services;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace BananPark.Cms.Redis.Health;

/// <summary>
/// Part of readiness (tag <c>ready</c>): healthy while Redis answers a PING. Unhealthy says so without the
/// configuration (which may hold a password); the site keeps serving, the load balancer sends traffic elsewhere.
/// </summary>
internal sealed class RedisHealthCheck(RedisConnection redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.Multiplexer.IsConnected)
        {
            return HealthCheckResult.Unhealthy("Redis is not connected.");
        }

        try
        {
            var roundTrip = await redis.Database.PingAsync();
            return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"Redis answers in {roundTrip.TotalMilliseconds:0.#} ms."));
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", ex);
        }
    }
}
