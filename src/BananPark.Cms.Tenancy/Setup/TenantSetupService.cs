using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Tenancy.Services;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BananPark.Cms.Tenancy.Setup;

/// <summary>
/// Sets every tenant up in the background once the server listens, so <c>/health/live</c> answers at once
/// and requests get the setup page meanwhile. A failed setup is logged in one Critical line (recipe file,
/// step, item and JSON path), and the host stops and exits non-zero.
/// </summary>
internal sealed partial class TenantSetupService(
    TenantRegistry registry, TenantSetup setup, ReadyTenants ready, IHostApplicationLifetime lifetime, ILogger<TenantSetupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                ready.Stop();
                return;
            }
        }

        var current = registry.Default;
        try
        {
            foreach (var tenant in registry.All)
            {
                current = tenant;
                await setup.EnsureSetUpAsync(tenant, stoppingToken);
            }

            ready.Complete();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while setting up: the transaction rolled back; the next start sets up again.
            ready.Stop();
        }
        catch (Exception e)
        {
            LogFailed(current.Name, e is RecipeException recipe ? recipe.Describe() : e.GetBaseException().Message);
            LogFailureDetail(e, current.Name);
            ready.Fail(current.Name, e);
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Tenant {Tenant} could not be set up: {Problem}")]
    private partial void LogFailed(string tenant, string problem);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Setup of tenant {Tenant} failed")]
    private partial void LogFailureDetail(Exception exception, string tenant);
}
