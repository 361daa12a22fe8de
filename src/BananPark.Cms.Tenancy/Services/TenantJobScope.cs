using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Tenancy.Services;

/// <summary>A background job's scope works for the tenant it was started in, as the resolution middleware does for a request.</summary>
internal sealed class TenantJobScope(TenantContext context) : IJobScopeInitializer
{
    public void Initialize(JobOrigin origin) => context.Tenant = origin.Tenant;
}
