using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Api.Services;

/// <summary>
/// Requests per minute for each caller: a machine or app client by its client id, else a user by id, else the
/// address. Counted after authentication (the site's rate-limit middleware runs before it, so it cannot tell
/// clients apart). Per node: several nodes each allow the limit.
/// </summary>
public sealed class ApiRateLimiter(IOptions<ApiOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Who a request is counted as: <c>client:{id}</c>, <c>user:{id}</c> or <c>address:{ip}</c>.</summary>
    public static string PartitionOf(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if ((user.FindFirstValue("client_id") ?? user.FindFirstValue("azp")) is { Length: > 0 } client)
            {
                return "client:" + client;
            }

            if ((user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub")) is { Length: > 0 } id)
            {
                return "user:" + id;
            }
        }

        return "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    /// <summary>Null when the request may go on, else the 429 problem with <c>Retry-After</c> set.</summary>
    public IResult? Check(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(PartitionOf(context));
        if (lease.IsAcquired)
        {
            return null;
        }

        var retry = lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
        return ApiProblems.Problem(StatusCodes.Status429TooManyRequests, "Too many requests.",
            $"This client may make {options.Value.RequestsPerMinute} requests a minute; try again in {retry} seconds.");
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
