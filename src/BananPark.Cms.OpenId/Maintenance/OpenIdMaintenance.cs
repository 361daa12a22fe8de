using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.OpenId.Keys;
using BananPark.Cms.OpenId.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.OpenId.Maintenance;

/// <summary>
/// Every <see cref="OpenIdOptions.MaintenanceInterval"/>, in each tenant whose OpenID server has started on this node:
/// the node that gets the tenant's <see cref="IDistributedLock"/> rotates its keys (<see cref="KeyRotation.EnsureAsync"/>)
/// and prunes its tokens (<see cref="TokenPruning"/>); every other node only reloads the key set, so a key another
/// node created, or one whose activation time has come, is in use everywhere within one interval.
/// </summary>
public sealed partial class OpenIdMaintenance(
    IServiceScopeFactory scopes,
    ITenantCatalog tenants,
    TenantKeyRing ring,
    IDistributedLock locks,
    TimeProvider clock,
    IOptions<OpenIdOptions> options,
    ILogger<OpenIdMaintenance> logger) : BackgroundService
{
    /// <summary>How long a pass may hold a tenant's lock before another node may take it (renewed while it runs).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>Who the pass's scope acts as (no audited write happens in it).</summary>
    private const string JobUser = "openid-maintenance";

    /// <summary>The name of the lock a tenant's pass holds.</summary>
    public static string LockName(string tenant) => $"openid-maintenance:{tenant}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MaintenanceInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>One pass over the tenants; a failing tenant is logged and does not stop the others.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken = default)
    {
        // A tenant's keys are in the ring once its initializer ran here: before that its tables may not exist yet.
        foreach (var tenant in tenants.All.Where(t => ring.Get(t.Name) is not null))
        {
            try
            {
                using var current = CurrentTenantName.Use(tenant.Name);
                await using var held = await locks.TryAcquireAsync(LockName(tenant.Name), Lease, cancellationToken);
                await using var scope = scopes.CreateAsyncScope();
                foreach (var initializer in scope.ServiceProvider.GetServices<IJobScopeInitializer>())
                {
                    initializer.Initialize(new JobOrigin(tenant, JobUser, JobUser, null));
                }

                var keys = scope.ServiceProvider.GetRequiredService<KeyRotation>();
                if (held is null)
                {
                    await keys.ReloadAsync(cancellationToken);
                    continue;
                }

                var created = await keys.EnsureAsync(cancellationToken);
                var pruned = await scope.ServiceProvider.GetRequiredService<TokenPruning>().PruneAsync(cancellationToken);
                if (created > 0 || pruned.Tokens > 0 || pruned.Authorizations > 0)
                {
                    LogDone(tenant.Name, created, pruned.Tokens, pruned.Authorizations);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, tenant.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenID maintenance of tenant {Tenant}: {Keys} new key(s), {Tokens} token(s) and {Authorizations} authorization(s) pruned.")]
    private partial void LogDone(string tenant, int keys, int tokens, int authorizations);

    [LoggerMessage(Level = LogLevel.Error, Message = "OpenID maintenance failed in tenant {Tenant}.")]
    private partial void LogFailed(Exception exception, string tenant);
}
