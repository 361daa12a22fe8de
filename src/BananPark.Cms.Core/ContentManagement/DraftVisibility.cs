namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// Whose drafts a reader may see in a list: those of any owner in <see cref="AnyOwnerTypes"/>, and their own
/// (owned by one of <see cref="Owners"/>, a user id or name) in <see cref="OwnTypes"/>. Everything else is read as
/// its published version: a list shows an unpublished draft's title only to those who may edit the item.
/// </summary>
/// <param name="AnyOwnerTypes">Types whose drafts the reader may see whoever owns them.</param>
/// <param name="OwnTypes">Types whose drafts the reader may see when they own the item.</param>
/// <param name="Owners">The reader's user id and user name, as an item's <c>Owner</c> holds them.</param>
public sealed record DraftVisibility(IReadOnlyList<string> AnyOwnerTypes, IReadOnlyList<string> OwnTypes, IReadOnlyList<string> Owners)
{
    /// <summary>A text that differs whenever two visibilities can differ in what they show.</summary>
    public string CacheKey() => string.Join('\u001d', string.Join('\u001e', AnyOwnerTypes), string.Join('\u001e', OwnTypes), string.Join('\u001e', Owners));
}
