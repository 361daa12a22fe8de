using BananPark.Cms.Admin.Components;
using BananPark.Cms.Admin.Components.ContentTypes;
using BananPark.Cms.Admin.Components.Settings;
using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Parts;
using BananPark.Cms.Admin.Services;
using BananPark.Cms.Admin.Services.Content;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Admin.Services.Importing;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Components.Account;
using BananPark.Cms.Identity.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The admin shell: server-rendered Razor components under /admin, the editors of each field and part kind, plus the sign-in pages.</summary>
    public static IServiceCollection AddCmsAdmin(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AdminMenu>();
        services.AddScoped<RecipeImportService>();
        services.AddCmsFieldEditors();
        services.AddCmsPartEditors();
        services.AddSingleton<ItemFormBinder>();
        services.AddScoped<ContentBulkActions>();
        services.AddScoped<ContentEditorActions>();

        services.AddSingleton<PendingRecipes>();
        services.AddSingleton<RecipeJobs>();
        services.AddScoped<SiteSettingsEditor>();
        services.AddSingleton<IAdminMenuContributor, SettingsMenu>();
        services.AddSingleton<IAdminMenuContributor, ShellMenu>();
        services.AddSingleton<IAdminMenuContributor, ContentTypesMenu>();
        services.AddScoped<ContentTypeAudit>();
        services.AddSingleton(new AdminComponentAssembly(typeof(Login).Assembly));
        services.AddSingleton<AdminComponentAssemblies>();
        return services;
    }

    /// <summary>The admin and account pages, sign-out and the admin stylesheet.</summary>
    public static IEndpointRouteBuilder MapCmsAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminAssets();
        endpoints.MapRecipeExport();
        endpoints.MapRecipeJobProgress();
        endpoints.MapMarkdownPreview();
        endpoints.MapContentPreview();
        endpoints.MapAuditCsv();
        endpoints.MapCmsAccount();
        var assemblies = endpoints.ServiceProvider.GetRequiredService<AdminComponentAssemblies>().Additional;
        endpoints.MapRazorComponents<App>().AddAdditionalAssemblies([.. assemblies]);
        return endpoints;
    }
}
