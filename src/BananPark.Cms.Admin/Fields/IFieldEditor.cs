namespace BananPark.Cms.Admin.Fields;

/// <summary>
/// How the admin edits one field kind: the Razor component that shows the inputs (it takes an
/// <see cref="Components.Editors.EditorContext"/> named <c>Context</c>), the binder that reads the posted
/// inputs back into the value, and, for kinds with settings of their own, the form of those settings on the
/// type editor's field page with its binder. Registered beside the kind
/// (<c>services.AddFieldEditor&lt;TextField, TextFieldEditor&gt;().WithBinder&lt;TextFieldBinder&gt;()</c>).
/// </summary>
public interface IFieldEditor
{
    /// <summary>The kind edited, e.g. <c>TextField</c>.</summary>
    string Kind { get; }

    /// <summary>The editor component; <c>FieldEditor</c> renders it with <c>DynamicComponent</c>.</summary>
    Type Component { get; }

    /// <summary>Reads the posted inputs into the value; null when none is registered.</summary>
    IFieldBinder? Binder { get; }

    /// <summary>The component of the kind's own settings (a <see cref="FieldSettingsForm{TInput}"/>); null when it has none.</summary>
    Type? SettingsForm { get; }

    /// <summary>Reads the posted settings form into the kind's settings input; null when it has none.</summary>
    IFieldSettingsBinder? SettingsBinder { get; }
}
