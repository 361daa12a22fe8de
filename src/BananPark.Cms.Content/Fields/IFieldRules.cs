using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields;

/// <summary>
/// What Content knows of one field kind: the rules its values meet, the text of a value for people and
/// which of its properties are not words. Registered beside the kind
/// (<c>services.AddContentField&lt;TextField&gt;().WithRules&lt;TextFieldRules&gt;()</c>); most kinds derive
/// from <see cref="FieldKindRules{TField}"/>. Implementations are stateless singletons.
/// </summary>
public interface IFieldRules
{
    /// <summary>The kind these rules are for.</summary>
    ContentFieldKind Kind { get; }

    /// <summary>
    /// Properties of the value that hold ids, paths or settings rather than words: the admin search leaves
    /// them out (a picker's ids would match every item that picks the same one).
    /// </summary>
    IReadOnlyCollection<string> NonTextProperties { get; }

    /// <summary>
    /// The editor rules, read from the field's settings (required, lengths, bounds, …): one message for
    /// editors that starts with the field's label, or null. Checked on every editor save, not on imports.
    /// </summary>
    string? Validate(FieldSlot slot, FieldRuleContext context);

    /// <summary>Rules that protect every write, imports included (a link's scheme): one message, or null.</summary>
    string? ValidateWrite(FieldSlot slot);

    /// <summary>Content item ids the value references, so the editor rules can check the types they have.</summary>
    IEnumerable<string> ReferencedItemIds(FieldSlot slot);

    /// <summary>The value as one line of text for people (the version diff, the audit trail); null or empty when empty.</summary>
    string? Text(JsonObject value, ContentPartFieldDefinition field);
}
