using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>A type's own part: the part named like the type, which holds the type's fields (Orchard's convention).</summary>
/// <param name="PropertyName">The property under which items store the part.</param>
/// <param name="Attached">The part as attached to the type; null when it is not attached.</param>
/// <param name="Definition">The part's definition with its fields; null when not defined yet.</param>
public sealed record OwnPart(string PropertyName, ContentTypePartDefinition? Attached, ContentPartDefinition? Definition)
{
    /// <summary>The fields in order.</summary>
    public IReadOnlyList<ContentPartFieldDefinition> Fields => Definition?.OrderedFields.ToList() ?? [];

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public ContentPartFieldDefinition? FindField(string name)
        => Definition?.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));

    public static OwnPart Of(ContentDefinition definition, ContentTypeDefinition type)
    {
        var attached = type.Parts.FirstOrDefault(p => string.Equals(p.PartName, type.Name, StringComparison.Ordinal));
        return new(attached?.Name ?? type.Name, attached, definition.FindPart(type.Name));
    }
}
