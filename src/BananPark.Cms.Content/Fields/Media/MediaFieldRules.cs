using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.Media;

/// <summary>
/// On every write: each path is a library path (<see cref="MediaFieldPaths"/>). For editors: one item unless
/// <c>Multiple</c>, at least one when required, an alternative text for each when <c>AltTextRequired</c>.
/// Paths and anchors are not words, alternative texts are.
/// </summary>
public sealed class MediaFieldRules : FieldKindRules<MediaField>
{
    public override IReadOnlyCollection<string> NonTextProperties { get; } = ["Paths", "Anchors"];

    public override string? ValidateWrite(FieldSlot slot)
        => slot.TextArray("Paths").Any(p => !MediaFieldPaths.IsValid(p)) ? $"{slot.Label}: a media path must be a path inside the media library." : null;

    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var settings = slot.Field.GetSettings<MediaFieldSettings>();
        var paths = slot.TextArray("Paths").ToList();
        if (slot.Required(settings.Required, paths.Count > 0) is { } required)
        {
            return required;
        }

        if (!settings.Multiple && paths.Count > 1)
        {
            return $"{slot.Label}: choose only one file.";
        }

        var texts = slot.TextArray("MediaTexts").ToList();
        var missing = settings.AllowMediaText && settings.AltTextRequired
            ? paths.Where((_, i) => i >= texts.Count || string.IsNullOrWhiteSpace(texts[i])).ToList()
            : [];
        return missing.Count == 0 ? null : $"{slot.Label}: write an alternative text for {string.Join(", ", missing)}.";
    }
}
