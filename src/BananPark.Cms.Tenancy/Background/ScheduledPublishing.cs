using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Tenancy.Services;
using BananPark.Cms.Tenancy.Setup;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Tenancy.Background;

/// <summary>How often scheduled drafts are looked for.</summary>
public sealed class ScheduledPublishingOptions
{
    /// <summary>Seconds between two passes; 30 by default.</summary>
    public int IntervalSeconds { get; set; } = 30;
}

/// <summary>
/// Publishes, in every ready tenant, the drafts whose scheduled time has come. Each tenant's pass runs
/// under the tenant's <see cref="IDistributedLock"/>, so with several nodes one of them publishes a due
/// draft and the others skip the tenant (the next holder finds it published, not due).
/// </summary>
internal sealed partial class ScheduledPublishing(
    IServiceScopeFactory scopes,
    TenantRegistry registry,
    ReadyTenants ready,
    IDistributedLock locks,
    TimeProvider clock,
    IOptions<ScheduledPublishingOptions> options,
    ILogger<ScheduledPublishing> logger) : BackgroundService
{
    /// <summary>How long a pass may hold a tenant's lock before another node may take it (renewed while it runs).</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>The name of the lock a tenant's pass holds.</summary>
    public static string LockName(string tenant) => $"scheduled-publishing:{tenant}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    /// <summary>One pass over the tenants; a failing tenant is logged and does not stop the others.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.All.Where(t => ready.IsReady(t.Name)))
        {
            try
            {
                await using var held = await locks.TryAcquireAsync(LockName(tenant.Name), Lease, cancellationToken);
                if (held is null)
                {
                    LogSkipped(tenant.Name);
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<TenantContext>().Tenant = tenant;
                var published = await scope.ServiceProvider.GetRequiredService<IContentManager>().PublishDueAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);
                if (published > 0)
                {
                    LogPublished(tenant.Name, published);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, tenant.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled item(s) in tenant {Tenant}.")]
    private partial void LogPublished(string tenant, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Scheduled publishing skipped tenant {Tenant}: another node holds its lock (or the lock store is unreachable).")]
    private partial void LogSkipped(string tenant);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing failed in tenant {Tenant}.")]
    private partial void LogFailed(Exception exception, string tenant);
}
