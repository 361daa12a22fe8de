using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields;

/// <summary>The settings of <typeparamref name="TField"/>'s kind, edited as a <typeparamref name="TInput"/>.</summary>
public abstract class FieldKindSettings<TField, TInput> : IFieldKindSettings where TField : IContentField where TInput : class
{
    /// <summary>Where every kind keeps its editor and display name (<c>Editor</c>, <c>DisplayName</c>, <c>Description</c>).</summary>
    protected const string CommonSettings = "ContentPartFieldSettings";

    /// <inheritdoc/>
    public ContentFieldKind Kind => TField.Kind;

    /// <inheritdoc/>
    public Type InputType => typeof(TInput);

    /// <inheritdoc cref="IFieldKindSettings.Read"/>
    public abstract TInput Read(ContentPartFieldDefinition field);

    /// <inheritdoc cref="IFieldKindSettings.Problems"/>
    public abstract IEnumerable<string> Problems(TInput input, ContentDefinition definition);

    /// <inheritdoc cref="IFieldKindSettings.Write"/>
    public abstract void Write(ContentPartFieldDefinition field, TInput input);

    object IFieldKindSettings.Read(ContentPartFieldDefinition field) => Read(field);

    IEnumerable<string> IFieldKindSettings.Problems(object input, ContentDefinition definition) => Problems(Cast(input), definition);

    void IFieldKindSettings.Write(ContentPartFieldDefinition field, object input) => Write(field, Cast(input));

    /// <summary>The kind's own settings object (<c>{Kind}Settings</c>), or null when the field has none.</summary>
    protected static JsonObject? OwnOf(ContentPartFieldDefinition field) => field.Settings[TField.Kind.SettingsName] as JsonObject;

    /// <summary>The field's <c>ContentPartFieldSettings</c>, or null.</summary>
    protected static JsonObject? CommonOf(ContentPartFieldDefinition field) => field.Settings[CommonSettings] as JsonObject;

    /// <summary>The kind's own settings object, created when missing.</summary>
    protected static JsonObject Own(ContentPartFieldDefinition field) => Group(field.Settings, TField.Kind.SettingsName);

    /// <summary>The field's <c>ContentPartFieldSettings</c>, created when missing.</summary>
    protected static JsonObject Common(ContentPartFieldDefinition field) => Group(field.Settings, CommonSettings);

    private static JsonObject Group(JsonObject settings, string name)
    {
        if (settings[name] is JsonObject group)
        {
            return group;
        }

        group = [];
        settings[name] = group;
        return group;
    }

    private static TInput Cast(object input)
        => input as TInput ?? throw new ArgumentException($"The settings of a {TField.Kind.Name} are a {typeof(TInput).Name}, not a {input.GetType().Name}.", nameof(input));
}
