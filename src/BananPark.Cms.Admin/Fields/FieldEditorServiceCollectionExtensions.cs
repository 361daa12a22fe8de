using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Fields;

public static class FieldEditorServiceCollectionExtensions
{
    /// <summary>Registers <typeparamref name="TEditor"/> as the editor of <typeparamref name="TField"/>'s kind; chain its binder and settings form.</summary>
    public static FieldEditorBuilder<TField> AddFieldEditor<TField, TEditor>(this IServiceCollection services)
        where TField : IContentField where TEditor : IComponent
        => new(services, typeof(TEditor));
}
