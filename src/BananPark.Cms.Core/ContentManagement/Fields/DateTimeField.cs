using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>A date and time, UTC: <c>{"Value": "2024-05-31T06:30:00Z"}</c>.</summary>
public sealed class DateTimeField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(DateTimeField), ValueShapes.Of(("Value", ValueShape.Date))) { DisplayName = "Date and time" };

    /// <summary>The stored value.</summary>
    public DateTime? Value { get; set; }
}
