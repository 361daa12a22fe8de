using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Outbox;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> in every tenant whose enquiry tables exist on this node, every
/// <see cref="OutboxOptions.IntervalSeconds"/> or at once when a mail is queued. Each tenant's pass holds the tenant's
/// <see cref="IDistributedLock"/>, so with several nodes one sends and the others skip it.
/// </summary>
internal sealed partial class OutboxService(
    IServiceScopeFactory scopes,
    ITenantCatalog tenants,
    OutboxTenants started,
    OutboxSignal signal,
    IDistributedLock locks,
    TimeProvider clock,
    IOptions<EnquiriesOptions> options,
    ILogger<OutboxService> logger) : BackgroundService
{
    /// <summary>How long a pass may hold a tenant's lock before another node may take it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const string JobUser = "enquiry-outbox";

    public static string LockName(string tenant) => $"enquiry-outbox:{tenant}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.Outbox.IntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            await signal.WaitAsync(interval, clock, stoppingToken);
        }
    }

    /// <summary>One pass over the tenants; a failing tenant is logged and does not stop the others.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in tenants.All.Where(t => started.IsStarted(t.Name)))
        {
            try
            {
                await using var held = await locks.TryAcquireAsync(LockName(tenant.Name), Lease, cancellationToken);
                if (held is null)
                {
                    continue;
                }

                await using var scope = scopes.CreateAsyncScope();
                foreach (var initializer in scope.ServiceProvider.GetServices<IJobScopeInitializer>())
                {
                    initializer.Initialize(new JobOrigin(tenant, JobUser, JobUser, null));
                }

                var sent = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(cancellationToken);
                if (sent > 0)
                {
                    LogSent(tenant.Name, sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex, tenant.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The enquiry outbox sent {Count} mail(s) in tenant {Tenant}.")]
    private partial void LogSent(string tenant, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The enquiry outbox failed in tenant {Tenant}.")]
    private partial void LogFailed(Exception exception, string tenant);
}
