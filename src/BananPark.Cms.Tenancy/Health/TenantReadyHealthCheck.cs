using BananPark.Cms.Tenancy.Services;
using BananPark.Cms.Tenancy.Setup;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BananPark.Cms.Tenancy.Health;

/// <summary>Healthy once every tenant is set up and its database migrated; until then, where each setup is.</summary>
internal sealed class TenantReadyHealthCheck(TenantRegistry registry, ReadyTenants ready) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = registry.All.Where(t => !ready.IsReady(t.Name)).Select(t => ready.Describe(t.Name)).ToList();
        return Task.FromResult(waiting.Count == 0
            ? HealthCheckResult.Healthy("All tenants are set up.")
            : HealthCheckResult.Unhealthy(string.Join(" ", waiting)));
    }
}
