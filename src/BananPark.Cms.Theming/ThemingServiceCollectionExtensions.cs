using System.Globalization;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Theming.Crawlers;
using BananPark.Cms.Theming.Endpoints;
using BananPark.Cms.Theming.Fields;
using BananPark.Cms.Theming.Recipes;
using BananPark.Cms.Theming.Seo;
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
        services.AddScoped<PageHeadBuilder>();
        services.AddScoped<ContentRenderer>();
        services.AddScoped<PageWriter>();
        services.AddSingleton<ISiteChangeListener, OutputCacheEvictor>();
        services.AddScoped<ThemesStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<ThemesStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<ThemesStep>());
        var cacheFor = configuration.GetSection("Cms:Theming").Get<ThemingOptions>()?.OutputCacheDuration ?? new ThemingOptions().OutputCacheDuration;
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 128L * 1024 * 1024;
            options.AddPolicy(PublicSiteEndpoints.CachePolicy, policy =>
            {
                if (cacheFor <= TimeSpan.Zero)
                {
                    policy.NoCache();
                    return;
                }

                // Only what changes a page makes a new entry: the host, the page number as understood (so "?page=abc"
                // is page 1), a list's filters as the page reads them (ListQueryKey), the compression chosen. Other
                // query strings are ignored, and only 200 responses are stored, so made-up URLs cannot fill the cache.
                policy.Expire(cacheFor).SetVaryByHost(true).SetVaryByQuery([])
                    .VaryByValue(context => new(PublicSiteEndpoints.PageParameter, ListPager.Requested(context.Request.Query[PublicSiteEndpoints.PageParameter]).ToString(CultureInfo.InvariantCulture)))
                    .VaryByValue(ListQueryKey.OfAsync)
                    .VaryByValue(context => new("encoding", PreferredEncoding.Of(context.Request)))
                    .AddPolicy<TenantPageTag>();
            });
        });
        return services;
    }

    /// <summary>Serves each theme's <c>wwwroot</c> (only that folder) at <c>/themes/{Theme}/</c>, cached long when fingerprinted.</summary>
    public static IApplicationBuilder UseCmsThemeAssets(this IApplicationBuilder app)
    {
        // Assets are compressed here, per request (they are few and browsers keep them a year); pages are
        // compressed inside the output cache, once per cached copy.
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/themes", StringComparison.OrdinalIgnoreCase), assets => assets.UseResponseCompression());
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

    /// <summary>The files crawlers ask for (robots.txt, sitemaps, favicon) and the public site's routes (lowest priority: every other endpoint wins).</summary>
    public static IEndpointRouteBuilder MapCmsTheming(this IEndpointRouteBuilder endpoints) => endpoints.MapCmsCrawlerFiles().MapCmsPublicSite();
}
