using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A number; scale and bounds come from NumericFieldSettings: <c>{"Value": …}</c>.</summary>
public sealed class NumericField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(NumericField), ValueShapes.Of(("Value", ValueShape.Number))) { DisplayName = "Numeric" };

    /// <summary>The stored value.</summary>
    public decimal? Value { get; set; }
}
