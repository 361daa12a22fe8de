using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Admin.Services.Editing;

/// <summary>Rich text as the binders store it: sanitized by the one sanitizer the public site renders with.</summary>
public static class RichTextValues
{
    /// <summary>The sanitized HTML; null when nothing is left.</summary>
    public static string? Sanitized(this IRichText richText, string? html) => richText.Sanitize(html) is { Length: > 0 } safe ? safe : null;
}
