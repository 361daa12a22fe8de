using BananPark.Cms.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Media.Admin;

/// <summary>The media library's admin screens: the menu entry, the pages (served by the admin router) and their script and stylesheet.</summary>
public static class MediaAdminServiceCollectionExtensions
{
    /// <summary>Registers the screens; call after <c>AddCmsMedia</c>.</summary>
    public static IServiceCollection AddCmsMediaAdmin(this IServiceCollection services)
    {
        services.AddSingleton<IAdminMenuContributor, MediaMenu>();
        services.AddSingleton<IAdminMenuContributor, MediaProfilesMenu>();
        services.AddSingleton(new AdminComponentAssembly(typeof(MediaLibraryPage).Assembly));
        return services;
    }

    /// <summary>Maps the screens' script and stylesheet (the pages themselves are Razor components of the admin).</summary>
    public static IEndpointRouteBuilder MapCmsMediaAdmin(this IEndpointRouteBuilder endpoints) => endpoints.MapMediaAdminAssets();
}
