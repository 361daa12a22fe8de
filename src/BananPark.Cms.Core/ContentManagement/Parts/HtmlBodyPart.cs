using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>Rich text body; untrusted until sanitized at render time.</summary>
public sealed class HtmlBodyPart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(HtmlBodyPart), ValueShapes.Of(("Html", ValueShape.Text)))
    {
        DisplayName = "HTML body",
    };

    /// <summary>The HTML as stored.</summary>
    public string? Html { get; set; }
}
