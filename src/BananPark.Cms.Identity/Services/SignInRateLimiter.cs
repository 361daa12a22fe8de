using System.Threading.RateLimiting;
using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// At most <c>perMinute</c> sign-in posts (<c>POST /login</c>) per address in a window of a minute from the
/// address's first post, counted in <see cref="ISharedCounters"/> (with Redis, every node's posts together);
/// every other request passes. Counting may need the network, so the synchronous attempt defers sign-in
/// posts to <see cref="AcquireAsyncCore"/> (the rate-limiting middleware asks it next).
/// </summary>
internal sealed class SignInRateLimiter(ISharedCounters counters, TimeProvider clock, int perMinute) : PartitionedRateLimiter<HttpContext>
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => null;

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
        => IsSignIn(resource) ? CountedLease.Deferred : CountedLease.Acquired;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
    {
        if (!IsSignIn(resource))
        {
            return CountedLease.Acquired;
        }

        var now = clock.GetUtcNow();
        var address = resource.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var posts = await counters.IncrementAsync($"signin-address:{address}", now, Window, SharedCountWindow.Fixed, cancellationToken);
        return posts.Count <= perMinute ? CountedLease.Acquired : new CountedLease(false, posts.Expires - now);
    }

    private static bool IsSignIn(HttpContext context)
        => HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/login", StringComparison.OrdinalIgnoreCase);

    private sealed class CountedLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly CountedLease Acquired = new(true, null);

        public static readonly CountedLease Deferred = new(false, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = metadataName == MetadataName.RetryAfter.Name && retryAfter is { } wait ? (wait > TimeSpan.Zero ? wait : TimeSpan.FromSeconds(1)) : null;
            return metadata is not null;
        }
    }
}
