using BananPark.Cms.Admin.Parts.Autoroute;
using BananPark.Cms.Admin.Parts.HtmlBody;
using BananPark.Cms.Admin.Parts.List;
using BananPark.Cms.Admin.Parts.MarkdownBody;
using BananPark.Cms.Admin.Parts.SeoMeta;
using BananPark.Cms.Admin.Parts.Title;
using BananPark.Cms.Core.ContentManagement.Parts;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Parts;

public static class AdminParts
{
    /// <summary>How the admin edits each part kind on an item's page; one line each.</summary>
    public static IServiceCollection AddCmsPartEditors(this IServiceCollection services)
    {
        services.AddPartEditor<TitlePart, TitlePartEditor>("Title").WithBinder<TitlePartBinder>();
        services.AddPartEditor<AutoroutePart, AutoroutePartEditor>("URL path").WithBinder<AutoroutePartBinder>();
        services.AddPartEditor<HtmlBodyPart, HtmlBodyPartEditor>("Body").WithBinder<HtmlBodyPartBinder>();
        services.AddPartEditor<MarkdownBodyPart, MarkdownBodyPartEditor>("Body").WithBinder<MarkdownBodyPartBinder>();
        services.AddPartEditor<ListPart, ListPartEditor>("Items in this list");
        services.AddPartEditor<SeoMetaPart, SeoMetaPartEditor>("Search engines and previews").WithBinder<SeoMetaPartBinder>();
        // Moved with the list's buttons, scheduled with the schedule box, placed by Orchard's widgets: not on the item's form.
        services.AddHiddenPart<ContainedPart>();
        services.AddHiddenPart<PublishLaterPart>();
        services.AddHiddenPart<LayerMetadata>();
        return services;
    }
}
