using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Fields;

/// <summary>The rules of <typeparamref name="TField"/>'s kind: nothing to check and every property searched unless overridden.</summary>
public abstract class FieldKindRules<TField> : IFieldRules where TField : IContentField
{
    /// <inheritdoc/>
    public ContentFieldKind Kind => TField.Kind;

    /// <inheritdoc/>
    public virtual IReadOnlyCollection<string> NonTextProperties => [];

    /// <inheritdoc/>
    public virtual string? Validate(FieldSlot slot, FieldRuleContext context) => null;

    /// <inheritdoc/>
    public virtual string? ValidateWrite(FieldSlot slot) => null;

    /// <inheritdoc/>
    public virtual IEnumerable<string> ReferencedItemIds(FieldSlot slot) => [];

    /// <inheritdoc/>
    public virtual string? Text(JsonObject value, ContentPartFieldDefinition field) => ValueText.Of(value);
}
