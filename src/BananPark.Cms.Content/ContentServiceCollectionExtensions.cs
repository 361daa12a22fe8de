using BananPark.Cms.Content.Fields;
using BananPark.Cms.Content.Handlers;
using BananPark.Cms.Content.Parts;
using BananPark.Cms.Content.Recipes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Content.Services.Published;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// Content definitions, the field and part kinds with their rules, the content manager, its handlers, the
    /// item permission rules, the rich-text sanitizer and the content recipe steps.
    /// </summary>
    public static IServiceCollection AddCmsContent(this IServiceCollection services)
    {
        services.AddCmsContentFields();
        services.AddCmsContentParts();
        services.AddSingleton<ContentDiff>();
        services.AddSingleton<IRichText, RichText>();
        services.AddScoped<ContentAccess>();
        services.AddScoped<IContentDefinitionManager, ContentDefinitionManager>();
        services.AddScoped<IContentManager, ContentManager>();
        services.AddScoped<IPublishedContent, PublishedContent>();
        services.AddScoped<IPublishedRoutes, PublishedRoutes>();
        services.AddScoped<IContentEventListener, RouteRedirectRecorder>();
        services.AddScoped<RouteOwners>();
        services.TryAddScoped<ICurrentActor, SystemActor>();
        services.AddScoped<IContentEventListener, AuditTrailRecorder>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<IContentHandler, TitlePartHandler>();
        services.AddScoped<IContentHandler, AutoroutePartHandler>();
        services.AddScoped<ContentDefinitionStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<ContentDefinitionStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<ContentDefinitionStep>());
        services.AddScoped<ContentTypeEditor>();
        services.AddScoped<FieldSettingsEditor>();
        services.AddScoped<StoredFieldData>();
        services.AddScoped<ContentStep>();
        services.AddScoped<IRecipeStep>(sp => sp.GetRequiredService<ContentStep>());
        services.AddScoped<IRecipeExportStep>(sp => sp.GetRequiredService<ContentStep>());
        return services;
    }
}
