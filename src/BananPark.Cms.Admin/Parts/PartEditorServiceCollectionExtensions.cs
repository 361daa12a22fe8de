using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Parts;

public static class PartEditorServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TEditor"/> as the editor of <typeparamref name="TPart"/>, labelled <paramref name="label"/>; chain its binder.</summary>
    public static PartEditorBuilder<TPart> AddPartEditor<TPart, TEditor>(this IServiceCollection services, string label)
        where TPart : IContentPart where TEditor : IComponent
        => new(services, typeof(TEditor), label);

    /// <summary>Registers <typeparamref name="TPart"/> as a part the item's page shows nothing of: it is edited elsewhere, or never by hand.</summary>
    public static PartEditorBuilder<TPart> AddHiddenPart<TPart>(this IServiceCollection services) where TPart : IContentPart
        => new(services, null, TPart.Kind.DisplayName);
}
