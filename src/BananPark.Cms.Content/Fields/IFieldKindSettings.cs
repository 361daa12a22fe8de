using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields;

/// <summary>
/// The settings only one field kind has (a text field's editor and length, a number's bounds, …), as the
/// type editor's field page edits them: read from the kind's own settings object (Orchard's
/// <c>{Kind}Settings</c>, e.g. <c>NumericFieldSettings</c>), checked, and written back property by property, so
/// settings the page does not edit (known or not) are kept. The display name, hint and <c>Required</c>, which
/// every kind has, are the field page's own (<see cref="Services.Definitions.FieldSettingsEditor"/>). Registered
/// beside the kind with <see cref="ContentFieldBuilder{TField}.WithSettings{TSettings}"/>; most derive from
/// <see cref="FieldKindSettings{TField, TInput}"/>.
/// </summary>
public interface IFieldKindSettings
{
    /// <summary>The kind these settings are for.</summary>
    ContentFieldKind Kind { get; }

    /// <summary>The class of the values the page edits (e.g. <c>NumericFieldSettingsInput</c>).</summary>
    Type InputType { get; }

    /// <summary>The field's current settings as the page shows them, an instance of <see cref="InputType"/>.</summary>
    object Read(ContentPartFieldDefinition field);

    /// <summary>What is wrong with <paramref name="input"/>, one sentence each; empty when it may be saved.</summary>
    IEnumerable<string> Problems(object input, ContentDefinition definition);

    /// <summary>Writes the settings the page edits into the field's settings objects.</summary>
    void Write(ContentPartFieldDefinition field, object input);
}
