using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Tenancy.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Tenancy.Setup;

/// <summary>
/// On start, brings each tenant's database up to date and, when the tenant was never set up,
/// imports the setup recipe without interaction. Cost does not grow with content: an existing
/// tenant costs one migration check and one document read.
/// </summary>
internal sealed class TenantSetupService(
    IServiceScopeFactory scopes, TenantRegistry registry, ReadyTenants ready, RecipeCatalog catalog,
    IOptions<SetupOptions> options, TimeProvider clock, ILogger<TenantSetupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var tenant in registry.All)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<TenantContext>().Tenant = tenant;
            foreach (var initializer in scope.ServiceProvider.GetServices<ITenantInitializer>().OrderBy(i => i.Order))
            {
                await initializer.InitializeAsync(cancellationToken);
            }

            var documents = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
            var state = (await documents.GetAsync(TenantState.DocumentName, cancellationToken))?.Deserialize<TenantState>(ContentJson.Options);
            if (state is null)
            {
                state = await SetupAsync(scope.ServiceProvider, tenant, cancellationToken);
                await documents.SaveAsync(TenantState.DocumentName, JsonSerializer.SerializeToNode(state, ContentJson.Options)!.AsObject(), cancellationToken);
            }

            ready.MarkReady(tenant.Name, state.SetupUtc);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<TenantState> SetupAsync(IServiceProvider services, TenantSettings tenant, CancellationToken cancellationToken)
    {
        var setup = options.Value;
        logger.LogInformation("Setting up tenant {Tenant} from recipe {Recipe}", tenant.Name, setup.Recipe);
        try
        {
            var recipe = await catalog.GetAsync(setup.Recipe, cancellationToken);
            var context = new SetupContext { Tenant = tenant };
            context.Parameters["SiteName"] = setup.SiteName ?? "";
            context.Parameters["AdminUsername"] = setup.AdminUserName;
            // A participant that creates accounts replaces this with the admin's real id.
            context.Parameters["AdminUserId"] = setup.AdminUserName;
            var participants = services.GetServices<ISetupParticipant>().ToList();
            foreach (var participant in participants)
            {
                await participant.BeforeRecipeAsync(context, cancellationToken);
            }

            var report = await services.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, context.Parameters, cancellationToken: cancellationToken);
            foreach (var participant in participants)
            {
                await participant.AfterRecipeAsync(context, cancellationToken);
            }

            foreach (var warning in report.Warnings)
            {
                logger.LogWarning("Setup recipe {Recipe}: {Warning}", setup.Recipe, warning);
            }
        }
        catch (RecipeException e)
        {
            logger.LogCritical("Tenant {Tenant} could not be set up: {Problem}", tenant.Name, e.Describe());
            throw;
        }

        return new TenantState { Recipe = setup.Recipe, SetupUtc = clock.GetUtcNow().UtcDateTime };
    }
}
