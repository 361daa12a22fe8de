using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>Several values picked from a fixed list: <c>{"Values": […]}</c>.</summary>
public sealed class MultiTextField : IContentField
{
    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(MultiTextField), ValueShapes.Of(("Values", ValueShape.TextArray))) { DisplayName = "Multi-text" };

    /// <summary>The picked values.</summary>
    public IList<string> Values { get; init; } = [];
}
