using BananPark.Cms.Admin.Components.Editors;
using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Parts;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Theming.Fields;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Every field and part kind the assembled site registers has its adapter in every capability: a kind is
/// one folder per capability and one registration line each, and a forgotten line fails here, by name.
/// </summary>
public sealed class ContentKindRegistrationTests : IAsyncLifetime
{
    private readonly CmsSiteFactory _site = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _site.DeleteData();
    }

    [Fact]
    public void FieldKinds_EachHaveRulesDisplayEditorBinderAndTheirSettingsForm()
    {
        var services = _site.Services;
        var rules = services.GetRequiredService<ContentRules>();
        var displays = services.GetRequiredService<FieldDisplays>();
        var editors = services.GetRequiredService<FieldEditors>();
        var missing = new List<string>();
        foreach (var kind in services.GetRequiredService<ContentKinds>().Fields.Select(k => k.Name))
        {
            Expect(rules.Field(kind) is not null, kind, "no rules (Content: AddContentField<…>().WithRules<…>())");
            Expect(displays.For(kind) is not null, kind, "no display (Theming: AddFieldDisplay<…>())");
            var editor = editors.For(kind);
            Expect(editor is not null, kind, "no editor (Admin: AddFieldEditor<…>())");
            if (editor is null)
            {
                continue;
            }

            Expect(TakesEditorContext(editor.Component), kind, $"an editor ({editor.Component.Name}) without an EditorContext 'Context' parameter");
            Expect(editor.Binder is not null, kind, "no binder (Admin: .WithBinder<…>())");
            var settings = rules.Settings(kind);
            Expect(settings is null || editor.SettingsForm is not null && editor.SettingsBinder is not null, kind,
                "settings of its own but no settings form or binder (Admin: .WithSettingsForm<…>())");
            Expect(settings is not null || editor.SettingsForm is null, kind, "a settings form but no settings rules (Content: .WithSettings<…>())");
            if (settings is not null && editor.SettingsForm is { } form && editor.SettingsBinder is { } binder)
            {
                Expect(GenericArgument(form, typeof(FieldSettingsForm<>)) == settings.InputType, kind, $"a settings form that does not edit a {settings.InputType.Name}");
                Expect(GenericArgument(binder.GetType(), typeof(FieldSettingsBinder<>)) == settings.InputType, kind, $"a settings binder that does not read a {settings.InputType.Name}");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));

        void Expect(bool condition, string kind, string what)
        {
            if (!condition)
            {
                missing.Add($"{kind} has {what}");
            }
        }
    }

    [Fact]
    public void FieldAdapters_AreOnlyForRegisteredKinds()
    {
        var services = _site.Services;
        var kinds = services.GetRequiredService<ContentKinds>();
        var adapters = services.GetServices<IFieldRules>().Select(r => ("rules", r.Kind.Name))
            .Concat(services.GetServices<IFieldKindSettings>().Select(s => ("settings", s.Kind.Name)))
            .Concat(services.GetServices<IFieldDisplay>().Select(d => ("display", d.Kind)))
            .Concat(services.GetServices<IFieldEditor>().Select(e => ("editor", e.Kind)));

        var strays = adapters.Where(a => kinds.Field(a.Item2) is null).Select(a => $"a {a.Item1} for the unregistered field kind {a.Item2}").ToList();

        Assert.True(strays.Count == 0, string.Join("\n", strays));
    }

    [Fact]
    public void PartKinds_EachHaveAnEditorOrAreDeclaredHidden()
    {
        var services = _site.Services;
        var editors = services.GetRequiredService<PartEditors>();
        var missing = new List<string>();
        foreach (var part in services.GetRequiredService<ContentKinds>().Parts)
        {
            var editor = editors.For(part.Name);
            if (editor is null)
            {
                missing.Add($"{part.Name} has no editor (Admin: AddPartEditor<…>() or AddHiddenPart<…>())");
            }
            else if (editor.Component is null && !part.AttachedAtRunTime)
            {
                missing.Add($"{part.Name} can be attached to a type but has no editor component");
            }
            else if (editor.Component is { } component && !TakesEditorContext(component))
            {
                missing.Add($"{part.Name} has an editor ({component.Name}) without an EditorContext 'Context' parameter");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Fact]
    public void GeoPointField_IsOfferedWithEveryAdapter()
    {
        var services = _site.Services;

        Assert.Contains("GeoPointField", services.GetRequiredService<ContentKinds>().Fields.Select(k => k.Name));
        Assert.Equal("GeoPointFieldDisplay", services.GetRequiredService<FieldDisplays>().For("GeoPointField")?.GetType().Name);
        Assert.Equal(("GeoPointFieldEditor", "GeoPointFieldBinder"),
            services.GetRequiredService<FieldEditors>().For("GeoPointField") is { } e ? (e.Component.Name, e.Binder?.GetType().Name) : default);
    }

    private static bool TakesEditorContext(Type component)
        => typeof(IComponent).IsAssignableFrom(component)
            && component.GetProperty("Context") is { PropertyType: var type } property
            && type == typeof(EditorContext)
            && property.IsDefined(typeof(ParameterAttribute), inherit: true);

    private static Type? GenericArgument(Type type, Type openGeneric)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == openGeneric)
            {
                return current.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
