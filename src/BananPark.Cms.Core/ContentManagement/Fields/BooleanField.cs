using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Yes or no: <c>{"Value": true}</c>. Orchard gives it no <c>Required</c> setting.</summary>
public sealed class BooleanField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(BooleanField), ValueShapes.Of(("Value", ValueShape.Boolean))) { DisplayName = "Boolean", HasRequired = false };

    /// <summary>The stored value.</summary>
    public bool Value { get; set; }
}
