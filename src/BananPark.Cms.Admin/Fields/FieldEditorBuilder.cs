using BananPark.Cms.Core.ContentManagement.Kinds;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Admin.Fields;

/// <summary>Registers how the admin edits a field kind: <c>services.AddFieldEditor&lt;TextField, TextFieldEditor&gt;().WithBinder&lt;TextFieldBinder&gt;()</c>.</summary>
public sealed class FieldEditorBuilder<TField> where TField : IContentField
{
    private readonly IServiceCollection _services;
    private Type? _binder;
    private Type? _settingsForm;
    private Type? _settingsBinder;

    internal FieldEditorBuilder(IServiceCollection services, Type component)
    {
        _services = services;
        services.TryAddSingleton<FieldEditors>();
        services.AddSingleton<IFieldEditor>(sp => new Registered(
            TField.Kind.Name,
            component,
            _binder is null ? null : (IFieldBinder)sp.GetRequiredService(_binder),
            _settingsForm,
            _settingsBinder is null ? null : (IFieldSettingsBinder)sp.GetRequiredService(_settingsBinder)));
    }

    /// <summary>The binder that reads the posted inputs into the value.</summary>
    public FieldEditorBuilder<TField> WithBinder<TBinder>() where TBinder : class, IFieldBinder
    {
        _services.TryAddSingleton<TBinder>();
        _binder = typeof(TBinder);
        return this;
    }

    /// <summary>The form of the kind's own settings on the field page, and its binder.</summary>
    public FieldEditorBuilder<TField> WithSettingsForm<TForm, TBinder>() where TForm : IComponent where TBinder : class, IFieldSettingsBinder
    {
        _services.TryAddSingleton<TBinder>();
        _settingsForm = typeof(TForm);
        _settingsBinder = typeof(TBinder);
        return this;
    }

    private sealed record Registered(string Kind, Type Component, IFieldBinder? Binder, Type? SettingsForm, IFieldSettingsBinder? SettingsBinder) : IFieldEditor;
}
