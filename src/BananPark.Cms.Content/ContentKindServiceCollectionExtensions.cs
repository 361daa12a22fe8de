using BananPark.Cms.Content.Fields;
using BananPark.Cms.Content.Parts;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Content;

public static class ContentKindServiceCollectionExtensions
{
    /// <summary>Registers a field kind (<typeparamref name="TField"/>'s <see cref="IContentField.Kind"/>); chain its rules and settings.</summary>
    public static ContentFieldBuilder<TField> AddContentField<TField>(this IServiceCollection services) where TField : IContentField
    {
        services.AddSingleton(TField.Kind);
        AddRegistries(services);
        return new ContentFieldBuilder<TField>(services);
    }

    /// <summary>Registers a part kind (<typeparamref name="TPart"/>'s <see cref="IContentPart.Kind"/>); chain its rules.</summary>
    public static ContentPartBuilder<TPart> AddContentPart<TPart>(this IServiceCollection services) where TPart : IContentPart
    {
        services.AddSingleton(TPart.Kind);
        AddRegistries(services);
        return new ContentPartBuilder<TPart>(services);
    }

    private static void AddRegistries(IServiceCollection services)
    {
        services.TryAddSingleton<ContentKinds>();
        services.TryAddSingleton<ContentRules>();
    }
}
