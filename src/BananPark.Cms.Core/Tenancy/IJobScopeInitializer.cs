namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// Who started a background job, and for which tenant: what the job's own scope works as once the request that
/// started it is gone (the request's HttpContext must not be kept alive for it).
/// </summary>
/// <param name="Tenant">The tenant the job works for.</param>
/// <param name="UserId">The id of the user who started the job; the job acts as this user.</param>
/// <param name="UserName">That user's name, as the audit trail and the security log write it.</param>
/// <param name="IpAddress">The address the starting request came from, for the security log; null when unknown.</param>
public sealed record JobOrigin(TenantSettings Tenant, string UserId, string UserName, string? IpAddress);

/// <summary>
/// Sets up a fresh DI scope for a background job from its <see cref="JobOrigin"/>, the way a request's middleware
/// would: the capability that owns the tenant context sets the tenant, the one that owns the current actor sets
/// the user. The job runs every registered initializer before it resolves anything else.
/// </summary>
public interface IJobScopeInitializer
{
    /// <summary>Applies <paramref name="origin"/> to the scope. Must not open storage: the tenant may not be set yet.</summary>
    void Initialize(JobOrigin origin);
}
