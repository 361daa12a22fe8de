using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Tenancy.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Tenancy.Setup;

/// <summary>
/// Brings one tenant's store up to date and, when the tenant was never set up, sets it up without
/// interaction: inside the tenant's setup lock (so two processes on one store set it up once), in one
/// transaction (the first Administrator, the recipe, the roles, the <see cref="TenantState"/>), so a
/// failure leaves nothing behind. An existing tenant costs one lock, one migration check and one read.
/// </summary>
public sealed partial class TenantSetup(
    IServiceScopeFactory scopes, ITenantSetupLock setupLock, ReadyTenants ready, IOptions<SetupOptions> options, TimeProvider clock, ILogger<TenantSetup> logger)
{
    /// <summary>Migrates the tenant, sets it up if it never was, then marks it ready.</summary>
    public async Task EnsureSetUpAsync(TenantSettings tenant, CancellationToken cancellationToken)
    {
        TenantState state;
        await using (await setupLock.AcquireAsync(tenant, () => Waiting(tenant), cancellationToken))
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            services.GetRequiredService<TenantContext>().Tenant = tenant;
            ready.Report(tenant.Name, "updating the database");
            foreach (var initializer in services.GetServices<ITenantInitializer>().OrderBy(i => i.Order))
            {
                await initializer.InitializeAsync(cancellationToken);
            }

            // Read inside the lock: another process may have set the tenant up while this one waited.
            var documents = services.GetRequiredService<IDocumentStore>();
            state = (await documents.GetAsync(TenantState.DocumentName, cancellationToken))?.Deserialize<TenantState>(ContentJson.Options)
                ?? await SetupAsync(services, tenant, cancellationToken);
        }

        ready.MarkReady(tenant.Name, state.SetupUtc);
    }

    private async Task<TenantState> SetupAsync(IServiceProvider services, TenantSettings tenant, CancellationToken cancellationToken)
    {
        var setup = options.Value;
        LogSettingUp(tenant.Name, setup.Recipe);
        var context = new SetupContext { Tenant = tenant };
        context.Parameters["SiteName"] = setup.SiteName ?? "";
        context.Parameters["AdminUsername"] = setup.AdminUserName;
        // A participant that creates accounts replaces this with the admin's real id.
        context.Parameters["AdminUserId"] = setup.AdminUserName;
        var participants = services.GetServices<ISetupParticipant>().ToList();
        var state = new TenantState { Recipe = setup.Recipe, SetupUtc = clock.GetUtcNow().UtcDateTime };

        RecipeReport report;
        await using (var transaction = await services.GetRequiredService<IStoreSession>().BeginTransactionAsync(cancellationToken))
        {
            ready.Report(tenant.Name, "preparing");
            foreach (var participant in participants)
            {
                await participant.BeforeRecipeAsync(context, cancellationToken);
            }

            report = await services.GetRequiredService<IRecipeRunner>().RunAsync(setup.Recipe, context.Parameters, ready.ProgressOf(tenant.Name), cancellationToken);
            ready.Report(tenant.Name, "finishing");
            foreach (var participant in participants)
            {
                await participant.AfterRecipeAsync(context, cancellationToken);
            }

            var json = JsonSerializer.SerializeToNode(state, ContentJson.Options)!.AsObject();
            await services.GetRequiredService<IDocumentStore>().SaveAsync(TenantState.DocumentName, json, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        foreach (var warning in report.Warnings)
        {
            LogRecipeWarning(setup.Recipe, warning);
        }

        LogSetUp(tenant.Name, setup.Recipe);
        return state;
    }

    private void Waiting(TenantSettings tenant)
    {
        LogWaiting(tenant.Name);
        ready.Report(tenant.Name, "waiting for another process's setup");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Setting up tenant {Tenant} from recipe {Recipe}")]
    private partial void LogSettingUp(string tenant, string recipe);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant} is set up from recipe {Recipe}")]
    private partial void LogSetUp(string tenant, string recipe);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant}: waiting for another process's setup of this tenant to finish")]
    private partial void LogWaiting(string tenant);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setup recipe {Recipe}: {Warning}")]
    private partial void LogRecipeWarning(string recipe, string warning);
}
