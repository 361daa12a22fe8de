using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Content.Fields.Media;

/// <summary>Nothing to check yet (there is no media library); paths and anchors are not words, alternative texts are.</summary>
public sealed class MediaFieldRules : FieldKindRules<MediaField>
{
    public override IReadOnlyCollection<string> NonTextProperties { get; } = ["Paths", "Anchors"];
}
