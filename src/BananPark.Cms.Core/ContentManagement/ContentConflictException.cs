namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// A save was refused because someone else changed the item after the editor read it.
/// <see cref="Current"/> is the version now stored, so the editor can be shown what changed.
/// </summary>
public sealed class ContentConflictException(ContentItem current)
    : Exception($"'{current.DisplayText ?? current.ContentItemId}' was changed by {current.Author ?? "someone else"} since you opened it.")
{
    /// <summary>The latest version as stored now.</summary>
    public ContentItem Current { get; } = current;
}
