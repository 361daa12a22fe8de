using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Admin.Parts;

/// <summary>Registers how the admin edits a part: <c>services.AddPartEditor&lt;TitlePart, TitlePartEditor&gt;("Title").WithBinder&lt;TitlePartBinder&gt;()</c>.</summary>
public sealed class PartEditorBuilder<TPart> where TPart : IContentPart
{
    private readonly IServiceCollection _services;
    private Type? _binder;

    internal PartEditorBuilder(IServiceCollection services, Type? component, string label)
    {
        _services = services;
        services.TryAddSingleton<PartEditors>();
        services.AddSingleton<IPartEditor>(sp => new Registered(
            TPart.Kind.Name, component, label, _binder is null ? null : (IPartBinder)sp.GetRequiredService(_binder)));
    }

    /// <summary>The binder that reads the posted inputs into the part.</summary>
    public PartEditorBuilder<TPart> WithBinder<TBinder>() where TBinder : class, IPartBinder
    {
        _services.TryAddSingleton<TBinder>();
        _binder = typeof(TBinder);
        return this;
    }

    private sealed record Registered(string Part, Type? Component, string Label, IPartBinder? Binder) : IPartEditor;
}
