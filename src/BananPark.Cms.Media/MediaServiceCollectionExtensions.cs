using BananPark.Cms.Core.Security;
using BananPark.Cms.Media.Services;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Media;

/// <summary>Registers the media library: records, store, uploads, resizer, profiles, recipe steps.</summary>
public static class MediaServiceCollectionExtensions
{
    /// <summary>The media library's services (<c>Cms:Media</c> settings, validated on start).</summary>
    public static IServiceCollection AddCmsMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection("Cms:Media")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPermissionProvider, MediaPermissions>();
        services.AddScoped<MediaLibrary>();
        return services;
    }

    /// <summary>Maps <c>/media/{**path}</c> and the library's JSON endpoints.</summary>
    public static IEndpointRouteBuilder MapCmsMedia(this IEndpointRouteBuilder endpoints) => endpoints;
}
