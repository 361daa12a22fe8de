using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Parts.PublishLater;

/// <summary>A schedule is bookkeeping, not content: left out of the diff and of the search.</summary>
public sealed class PublishLaterPartRules : PartKindRules<PublishLaterPart>
{
    public override bool ShownInDiff => false;

    public override bool Searched => false;
}
