using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Content.Parts.Contained;

/// <summary>Labels for the diff; a container's id and a position are not words.</summary>
public sealed class ContainedPartRules : PartKindRules<ContainedPart>
{
    public override bool Searched => false;

    public override string? PropertyLabel(string name) => name switch
    {
        nameof(ContainedPart.ListContentItemId) => "Container",
        nameof(ContainedPart.Order) => "Position in its list",
        _ => null,
    };
}
