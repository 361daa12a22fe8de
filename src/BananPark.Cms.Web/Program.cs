using BananPark.Cms.Admin;
using BananPark.Cms.Admin.Services.Importing;
using BananPark.Cms.Api;
using BananPark.Cms.Content;
using BananPark.Cms.Data;
using BananPark.Cms.Enquiries;
using BananPark.Cms.Identity;
using BananPark.Cms.Identity.Services;
using BananPark.Cms.Media;
using BananPark.Cms.Media.Admin;
using BananPark.Cms.Media.Endpoints;
using BananPark.Cms.OpenId;
using BananPark.Cms.Recipes;
using BananPark.Cms.Redis;
using BananPark.Cms.Search;
using BananPark.Cms.Tenancy;
using BananPark.Cms.Theming;
using BananPark.Cms.Web.Hosting;

return await CmsHost.RunAsync(args, builder =>
{
    builder.AddCmsHosting();
    builder.AddCmsTelemetry();
    builder.Services.AddCmsCspReports();
    builder.Services
        .AddCmsData(builder.Configuration)
        .AddCmsTenancy(builder.Configuration)
        .AddCmsIdentity(builder.Configuration)
        .AddCmsOpenId(builder.Configuration)
        .AddCmsContent()
        .AddCmsRecipes(builder.Configuration)
        .AddCmsTheming(builder.Configuration)
        .AddCmsMedia(builder.Configuration)
        .AddCmsMediaAdmin()
        .AddCmsSearch(builder.Configuration)
        .AddCmsEnquiries(builder.Configuration)
        .AddCmsAdmin()
        .AddCmsApi(builder.Configuration)
        .AddCmsRedis(builder.Configuration);
}, app =>
{
    app.UseCmsForwardedHeaders();
    app.UseCmsErrorPages();
    app.UseCmsSecurityHeaders();
    app.UseCmsThemeAssets();
    app.UseRouting();
    app.UseCmsTenancy();
    app.UseCmsSetupGate();
    app.UseCmsMediaHits();
    app.UseRateLimiter();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseCmsAccountGates();
    app.UseCmsRecipeUploadLimit();
    app.UseCmsMediaUploadLimit();
    app.UseAntiforgery();
    app.UseCmsOutputCacheMetrics();
    app.UseOutputCache();
    app.UseResponseCompression();

    app.MapCmsHealth();
    app.MapCmsCspReports();
    app.MapCmsOpenId();
    app.MapCmsAdmin();
    app.MapCmsMedia();
    app.MapCmsMediaAdmin();
    app.MapCmsApi();
    app.MapCmsSearch();
    app.MapCmsEnquiries();
    app.MapCmsTheming();
});

/// <summary>Entry point; public so integration tests can start the site with WebApplicationFactory.</summary>
public partial class Program;
