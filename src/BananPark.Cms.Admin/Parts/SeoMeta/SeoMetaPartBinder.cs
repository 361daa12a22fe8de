using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Content.Fields.Media;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Parts.SeoMeta;

/// <summary>
/// Each posted text of <c>SeoMetaPart</c>, trimmed (empty as no value, so the page head derives it); <c>Render</c>
/// after its hidden <c>false</c>; an image's library path (a <c>/media/…</c> URL is accepted) as a media value;
/// the custom tags from their lines. What the rules refuse (a path outside the library, broken JSON-LD) is stored
/// as typed into the form and reported, never half-taken.
/// </summary>
public sealed class SeoMetaPartBinder : IPartBinder
{
    /// <summary>The plain text inputs, each named after its property.</summary>
    public static IReadOnlyList<string> TextProperties { get; } =
    [
        nameof(SeoMetaPart.PageTitle), nameof(SeoMetaPart.MetaKeywords), nameof(SeoMetaPart.Canonical), nameof(SeoMetaPart.MetaRobots),
        nameof(SeoMetaPart.OpenGraphType), nameof(SeoMetaPart.OpenGraphTitle), nameof(SeoMetaPart.TwitterCard),
        nameof(SeoMetaPart.TwitterSite), nameof(SeoMetaPart.TwitterCreator), nameof(SeoMetaPart.TwitterTitle),
    ];

    /// <summary>The multi-line inputs.</summary>
    public static IReadOnlyList<string> MultilineProperties { get; } =
    [
        nameof(SeoMetaPart.MetaDescription), nameof(SeoMetaPart.OpenGraphDescription), nameof(SeoMetaPart.TwitterDescription), nameof(SeoMetaPart.GoogleSchema),
    ];

    /// <summary>The image inputs (one library path each).</summary>
    public static IReadOnlyList<string> ImageProperties { get; } = [nameof(SeoMetaPart.OpenGraphImage), nameof(SeoMetaPart.TwitterImage)];

    public void Bind(FormSlot slot, ContentTypePartDefinition attached)
    {
        foreach (var property in TextProperties.Where(slot.Has))
        {
            slot.Set(property, slot.Trimmed(property));
        }

        foreach (var property in MultilineProperties.Where(slot.Has))
        {
            slot.Set(property, slot.Multiline(property)?.Trim() is { Length: > 0 } text ? text : null);
        }

        foreach (var property in ImageProperties.Where(slot.Has))
        {
            slot.Set(property, slot.Trimmed(property) is { } typed
                ? new JsonObject { ["Paths"] = FormSlot.Array([MediaFieldPaths.Normalize(typed) ?? typed]), ["MediaTexts"] = FormSlot.Array([""]) }
                : null);
        }

        if (slot.Has(nameof(SeoMetaPart.Render)))
        {
            slot.Set(nameof(SeoMetaPart.Render), slot.Checked(nameof(SeoMetaPart.Render)));
        }

        if (slot.Has(nameof(SeoMetaPart.CustomMetaTags)))
        {
            var stored = slot.Stored(nameof(SeoMetaPart.CustomMetaTags));
            slot.Set(nameof(SeoMetaPart.CustomMetaTags), SeoMetaTags.FromLines(slot.Multiline(nameof(SeoMetaPart.CustomMetaTags)), stored));
        }
    }
}
