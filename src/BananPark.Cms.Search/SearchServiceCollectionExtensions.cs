using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Search;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Search.Data;
using BananPark.Cms.Search.Endpoints;
using BananPark.Cms.Search.Handlers;
using BananPark.Cms.Search.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Search;

/// <summary>Registers the site search: its store, the provider's queries, the content handler, the rebuild and the page.</summary>
public static class SearchServiceCollectionExtensions
{
    /// <summary>The search services (<c>Cms:Search</c> settings, validated on start).</summary>
    public static IServiceCollection AddCmsSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection("Cms:Search")).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<SearchDbContext>((sp, options) => sp.GetRequiredService<TenantStore>().Use(
            options, sp.GetRequiredService<ITenantContext>().Tenant,
            sp.GetRequiredService<CmsDbContext>().Database.GetDbConnection(), SearchDbContext.MigrationsTable));
        services.AddCmsStoreEnlistment<SearchDbContext>();
        services.AddScoped<ITenantInitializer, SearchInitializer>();
        services.AddScoped<SqliteSearchQueries>();
        services.AddScoped<PostgreSqlSearchQueries>();
        services.AddScoped<ISearchQueries>(sp => sp.GetRequiredService<TenantStore>().IsPostgreSql
            ? sp.GetRequiredService<PostgreSqlSearchQueries>()
            : sp.GetRequiredService<SqliteSearchQueries>());
        services.AddScoped<DirectoryQueries>();
        services.AddScoped<ISearchIndex, SearchIndex>();
        services.AddSingleton<SearchDocumentBuilder>();
        services.AddScoped<IContentEventListener, SearchIndexHandler>();
        services.AddScoped<SearchRebuild>();
        return services;
    }

    /// <summary>Maps the public search page, <c>/search</c>.</summary>
    public static IEndpointRouteBuilder MapCmsSearch(this IEndpointRouteBuilder endpoints) => endpoints.MapSearchPage();
}
