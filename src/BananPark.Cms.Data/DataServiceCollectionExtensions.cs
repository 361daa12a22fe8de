using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Caching;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Data.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>EF Core over the current tenant's database, the unit of work, the document store, the change signal and the site's one cache.</summary>
    public static IServiceCollection AddCmsData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DataOptions>().Bind(configuration.GetSection("Cms")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidation>();
        services.AddSingleton<TenantDataPaths>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<SqliteBackup>();
        services.AddDbContext<CmsDbContext>((sp, options)
            => sp.GetRequiredService<TenantStore>().Use(options, sp.GetRequiredService<ITenantContext>().Tenant));
        services.AddScoped<IStoreSession, StoreSession>();
        services.AddScoped<IDocumentStore, DocumentStore>();
        services.AddScoped<IChangeSignal, ChangeSignal>();
        services.AddOptions<CacheOptions>().Bind(configuration.GetSection("Cms:Cache"));
        services.AddSingleton<TenantCache>();
        services.AddSingleton<ITenantCache>(sp => sp.GetRequiredService<TenantCache>());
        services.AddSingleton<ISiteChangeListener>(sp => sp.GetRequiredService<TenantCache>());
        services.AddSingleton<SqliteTenantSetupLock>();
        services.AddSingleton<PostgreSqlTenantSetupLock>();
        services.AddSingleton<ITenantSetupLock>(sp => sp.GetRequiredService<TenantStore>().IsPostgreSql
            ? sp.GetRequiredService<PostgreSqlTenantSetupLock>()
            : sp.GetRequiredService<SqliteTenantSetupLock>());
        services.AddScoped<TenantDatabase>();
        services.AddScoped<ITenantInitializer>(sp => sp.GetRequiredService<TenantDatabase>());
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Makes the scoped <typeparamref name="TContext"/>, which must share the tenant's connection, write into
    /// every transaction of the unit of work (<see cref="IStoreSession"/>), so its writes commit and roll back
    /// with the content store's.
    /// </summary>
    public static IServiceCollection AddCmsStoreEnlistment<TContext>(this IServiceCollection services)
        where TContext : DbContext
        => services.AddScoped<IStoreEnlistment, DbContextEnlistment<TContext>>();
}
