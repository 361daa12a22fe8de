namespace BananPark.Cms.Redis;

/// <summary>Redis for what several nodes of one site share, bound from <c>Cms:Redis</c>.</summary>
public sealed class RedisOptions
{
    /// <summary>
    /// A StackExchange.Redis configuration string (<c>host:port,password=…</c>). Empty: the site is one node
    /// and nothing connects to Redis. Set it through the environment or user secrets when it holds a password.
    /// </summary>
    public string? Configuration { get; set; }

    /// <summary>
    /// The prefix of every key and channel this site uses, so environments sharing one Redis never see each
    /// other's. Empty: derived from the store (<see cref="Services.RedisInstanceName"/>), the same on every node
    /// that names the store the same way.
    /// </summary>
    public string? InstanceName { get; set; }
}
