using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Endpoints;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Media.Recipes;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Media;

/// <summary>Registers the media library: records, store, uploads, resizer, profiles, recipe steps.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>The media library's services (<c>Cms:Media</c> settings, validated on start).</summary>
    public static IServiceCollection AddCmsMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection("Cms:Media")).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPermissionProvider, MediaPermissions>();
        services.AddDbContext<MediaDbContext>((sp, options) => sp.GetRequiredService<TenantStore>().Use(
            options, sp.GetRequiredService<ITenantContext>().Tenant,
            sp.GetRequiredService<CmsDbContext>().Database.GetDbConnection(), MediaDbContext.MigrationsTable));
        services.AddCmsStoreEnlistment<MediaDbContext>();
        services.AddScoped<ITenantInitializer, MediaInitializer>();

        services.AddSingleton<MediaImaging>();
        services.AddSingleton<MediaUploadPipeline>();
        services.AddScoped<IMediaFileStore, FileSystemMediaFileStore>();
        services.AddScoped<MediaRenderCache>();
        services.AddScoped<MediaAudit>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<IMediaAssets, MediaAssets>();
        services.AddSingleton<MediaSigning>();
        services.AddScoped<ITenantInitializer, MediaSigningInitializer>();
        services.AddScoped<MediaProfiles>();
        services.AddScoped<IMediaUrls, MediaUrls>();
        services.AddSingleton<MediaRenderer>();
        services.AddSingleton<MediaResponseCache>();
        services.AddSingleton<ISiteChangeListener>(sp => sp.GetRequiredService<MediaResponseCache>());
        services.AddScoped<MediaStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<MediaStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<MediaStep>());
        services.AddScoped<MediaProfilesStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<MediaProfilesStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<MediaProfilesStep>());
        return services;
    }

    /// <summary>Maps <c>/media/{**path}</c> and the library's JSON endpoints.</summary>
    public static IEndpointRouteBuilder MapCmsMedia(this IEndpointRouteBuilder endpoints)
        => endpoints.MapMediaFiles().MapMediaAdminApi();

    /// <summary>
    /// Answers media responses already kept (<see cref="MediaHits"/>) before authentication and the rest; right after
    /// tenant resolution and the setup gate (routing must have run).
    /// </summary>
    public static IApplicationBuilder UseCmsMediaHits(this IApplicationBuilder app)
        => app.UseMiddleware<MediaHits>();
}
