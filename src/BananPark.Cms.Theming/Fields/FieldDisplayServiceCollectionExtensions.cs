using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Theming.Fields;

public static class FieldDisplayServiceCollectionExtensions
{
    /// <summary>Registers how the public site shows <typeparamref name="TField"/>'s kind.</summary>
    public static IServiceCollection AddFieldDisplay<TField, TDisplay>(this IServiceCollection services)
        where TField : IContentField where TDisplay : FieldKindDisplay<TField>
    {
        services.AddSingleton<IFieldDisplay, TDisplay>();
        services.TryAddSingleton<FieldDisplays>();
        return services;
    }
}
