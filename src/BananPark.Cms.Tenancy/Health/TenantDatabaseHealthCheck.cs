using BananPark.Cms.Data;
using BananPark.Cms.Data.Failures;
using BananPark.Cms.Tenancy.Services;
using BananPark.Cms.Tenancy.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BananPark.Cms.Tenancy.Health;

/// <summary>
/// Each set-up tenant's database answers a trivial query within <see cref="Timeout"/>. Tenants still being
/// set up are the setup check's (their database may not exist yet).
/// </summary>
internal sealed class TenantDatabaseHealthCheck(TenantRegistry registry, ReadyTenants ready, IServiceScopeFactory scopes) : IHealthCheck
{
    /// <summary>Longest a probe waits for a tenant's database; a readiness poll must never hang.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = new List<string>();
        foreach (var tenant in registry.All.Where(t => ready.IsReady(t.Name)))
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Tenant = tenant;
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            try
            {
                db.Database.SetCommandTimeout(Timeout);
                await db.Database.ExecuteSqlRawAsync("SELECT 1", timeout.Token);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                down.Add($"The database of {tenant.Name} did not answer within {Timeout.TotalSeconds:0} s.");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // No exception text: the endpoint is anonymous. The classifier tells an outage from a bug.
                down.Add(StoreFailures.IsUnavailable(e) ? $"The database of {tenant.Name} is unavailable or full." : $"The database of {tenant.Name} failed ({e.GetType().Name}).");
            }
        }

        return down.Count == 0 ? HealthCheckResult.Healthy("Every tenant's database answers.") : HealthCheckResult.Unhealthy(string.Join(" ", down));
    }
}
