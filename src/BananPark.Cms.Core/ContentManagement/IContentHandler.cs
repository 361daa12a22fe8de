using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// Hook that keeps derived values of an item right before it is stored, e.g. the display text
/// from the title or the route from the type's pattern. Runs for saves and imports alike.
/// </summary>
public interface IContentHandler
{
    /// <summary>
    /// Called before a version is written. When <paramref name="importing"/> is true the item comes
    /// from a recipe: a handler fills in only what is missing and never overwrites imported values.
    /// </summary>
    Task SavingAsync(ContentItem item, ContentTypeDefinition type, bool importing, CancellationToken cancellationToken);
}
