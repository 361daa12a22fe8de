using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Parts;

/// <summary>Registers what Content knows of a part kind: <c>services.AddContentPart&lt;TitlePart&gt;().WithRules&lt;TitlePartRules&gt;()</c>.</summary>
public sealed class ContentPartBuilder<TPart>(IServiceCollection services) where TPart : IContentPart
{
    /// <summary>The part's rules (one instance for the host).</summary>
    public ContentPartBuilder<TPart> WithRules<TRules>() where TRules : PartKindRules<TPart>
    {
        services.AddSingleton<IPartRules, TRules>();
        return this;
    }
}
