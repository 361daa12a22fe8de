using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Tenancy.Background;
using BananPark.Cms.Tenancy.Health;
using BananPark.Cms.Tenancy.Recipes;
using BananPark.Cms.Tenancy.Services;
using BananPark.Cms.Tenancy.Settings;
using BananPark.Cms.Tenancy.Setup;
using BananPark.Cms.Tenancy.Urls;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Tenancy;

public static class TenancyServiceCollectionExtensions
{
    /// <summary>Tenant registry and context, setup on first start, site settings, the public URL and the readiness checks.</summary>
    public static IServiceCollection AddCmsTenancy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SetupOptions>().Bind(configuration.GetSection("Cms:Setup")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<ITenantCatalog>(sp => sp.GetRequiredService<TenantRegistry>());
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<IJobScopeInitializer, TenantJobScope>();
        services.AddSingleton<ReadyTenants>();
        services.AddSingleton<TenantSetup>();
        services.AddHostedService<TenantSetupService>();
        services.AddOptions<ScheduledPublishingOptions>().Bind(configuration.GetSection("Cms:ScheduledPublishing"));
        services.AddHostedService<ScheduledPublishing>();
        // One node: the lock is this process's; AddCmsRedis replaces it with one every node respects.
        services.TryAddSingleton<IDistributedLock, InProcessLock>();
        services.AddScoped<ISiteSettingsStore, SiteSettingsStore>();
        services.AddScoped<SettingsStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<SettingsStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<SettingsStep>());
        services.AddOptions<PublicUrlOptions>().Bind(configuration.GetSection("Cms")).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PublicUrlOptions>, PublicUrls.Validation>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IPublicUrls, PublicUrls>();
        services.AddHealthChecks()
            .AddCheck<TenantReadyHealthCheck>("tenants", tags: ["ready"])
            .AddCheck<TenantDatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Resolves the request's tenant; call before anything that reads tenant data.</summary>
    public static IApplicationBuilder UseCmsTenancy(this IApplicationBuilder app)
        => app.UseMiddleware<TenantResolutionMiddleware>();
}
