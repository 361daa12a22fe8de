using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Theming.Endpoints;
using BananPark.Cms.Theming.Fields;
using BananPark.Cms.Theming.Recipes;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Theming;

public static class ThemingServiceCollectionExtensions
{
    /// <summary>Themes, Liquid rendering, the field displays, the public pages' output cache and the <c>Themes</c> step.</summary>
    public static IServiceCollection AddCmsTheming(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ThemingOptions>().Bind(configuration.GetSection("Cms:Theming")).ValidateDataAnnotations().ValidateOnStart();
        services.AddCmsFieldDisplays();
        services.AddSingleton<ThemeCatalog>();
        services.AddSingleton<TemplateCache>();
        services.AddSingleton<LiquidTemplateOptions>();
        services.AddSingleton<AssetFingerprints>();
        services.AddScoped<ThemeSelector>();
        services.AddScoped<ContentRenderer>();
        services.AddScoped<PageWriter>();
        services.AddSingleton<ISiteChangeListener, OutputCacheEvictor>();
        services.AddScoped<ThemesStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<ThemesStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<ThemesStep>());
        var cacheFor = configuration.GetSection("Cms:Theming").Get<ThemingOptions>()?.OutputCacheDuration ?? new ThemingOptions().OutputCacheDuration;
        services.AddOutputCache(options => options.AddPolicy(PublicSiteEndpoints.CachePolicy, policy =>
        {
            if (cacheFor <= TimeSpan.Zero)
            {
                policy.NoCache();
                return;
            }

            policy.Expire(cacheFor).SetVaryByHost(true).AddPolicy<TenantPageTag>();
        }));
        return services;
    }

    /// <summary>Serves each theme's <c>wwwroot</c> (only that folder) at <c>/themes/{Theme}/</c>, cached long when fingerprinted.</summary>
    public static IApplicationBuilder UseCmsThemeAssets(this IApplicationBuilder app)
    {
        var catalog = app.ApplicationServices.GetRequiredService<ThemeCatalog>();
        var maxAge = app.ApplicationServices.GetRequiredService<IOptions<ThemingOptions>>().Value.AssetMaxAge;
        foreach (var theme in catalog.All.Where(t => Directory.Exists(t.AssetsFolder)))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(theme.AssetsFolder),
                RequestPath = $"/themes/{theme.Name}",
                OnPrepareResponse = context => context.Context.Response.Headers[HeaderNames.CacheControl] =
                    context.Context.Request.Query.ContainsKey("v")
                        ? $"public, max-age={(int)maxAge.TotalSeconds}, immutable"
                        : "public, max-age=3600",
            });
        }

        return app;
    }

    /// <summary>The public site's routes (lowest priority: every other endpoint wins).</summary>
    public static IEndpointRouteBuilder MapCmsTheming(this IEndpointRouteBuilder endpoints) => endpoints.MapCmsPublicSite();
}
