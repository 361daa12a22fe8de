using BananPark.Cms.Content.Parts.Autoroute;
using BananPark.Cms.Content.Parts.Contained;
using BananPark.Cms.Content.Parts.HtmlBody;
using BananPark.Cms.Content.Parts.MarkdownBody;
using BananPark.Cms.Content.Parts.PublishLater;
using BananPark.Cms.Content.Parts.SeoMeta;
using BananPark.Cms.Content.Parts.Title;
using BananPark.Cms.Core.ContentManagement.Parts;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Parts;

/// <summary>The part kinds the host knows, in the order the type editor offers them; one line each.</summary>
internal static class ContentParts
{
    public static IServiceCollection AddCmsContentParts(this IServiceCollection services)
    {
        services.AddContentPart<TitlePart>().WithRules<TitlePartRules>();
        services.AddContentPart<AutoroutePart>().WithRules<AutoroutePartRules>();
        services.AddContentPart<HtmlBodyPart>().WithRules<HtmlBodyPartRules>();
        services.AddContentPart<MarkdownBodyPart>().WithRules<MarkdownBodyPartRules>();
        services.AddContentPart<ListPart>();
        services.AddContentPart<SeoMetaPart>().WithRules<SeoMetaPartRules>();
        services.AddContentPart<ContainedPart>().WithRules<ContainedPartRules>();
        services.AddContentPart<PublishLaterPart>().WithRules<PublishLaterPartRules>();
        services.AddContentPart<LayerMetadata>();
        return services;
    }
}
