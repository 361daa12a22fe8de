using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// The user a background job's scope acts for, set from the job's origin when the scope is made: the current actor
/// (audit trail, ownership) and the security log read it, so the job is recorded as the user who started it, not
/// as the system, without holding on to that user's finished request.
/// </summary>
public sealed class JobActor : IJobScopeInitializer
{
    /// <summary>The job's origin; null in a request's scope.</summary>
    public JobOrigin? Origin { get; private set; }

    public void Initialize(JobOrigin origin) => Origin = origin;
}
