using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Parts;

/// <summary>The rules of <typeparamref name="TPart"/>'s kind: nothing to check, shown and searched, unless overridden.</summary>
public abstract class PartKindRules<TPart> : IPartRules where TPart : IContentPart
{
    /// <inheritdoc/>
    public ContentPartKind Kind => TPart.Kind;

    /// <inheritdoc/>
    public virtual bool ShownInDiff => true;

    /// <inheritdoc/>
    public virtual bool Searched => true;

    /// <inheritdoc/>
    public virtual IEnumerable<(string Path, string Message)> Validate(ContentItem item, ContentTypePartDefinition attached) => [];

    /// <inheritdoc/>
    public virtual IEnumerable<(string Path, string Message)> ValidateWrite(ContentItem item, ContentTypePartDefinition attached) => [];

    /// <inheritdoc/>
    public virtual string? PropertyLabel(string name) => null;

    /// <inheritdoc/>
    public virtual void Attaching(ContentTypePartDefinition part, ContentTypeDefinition type)
    {
    }
}
