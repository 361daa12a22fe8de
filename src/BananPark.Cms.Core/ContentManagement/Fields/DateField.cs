using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A calendar date: <c>{"Value": "2002-12-01T00:00:00"}</c>.</summary>
public sealed class DateField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(DateField), ValueShapes.Of(("Value", ValueShape.Date))) { DisplayName = "Date" };

    /// <summary>The stored value.</summary>
    public DateTime? Value { get; set; }
}
