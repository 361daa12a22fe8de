namespace BananPark.Cms.Core.ContentManagement;

/// <summary>What happened to an item; the audit trail records one event per change.</summary>
public enum ContentEventKind
{
    /// <summary>The first version was saved.</summary>
    Created,

    /// <summary>A version was saved (draft or published).</summary>
    Edited,

    /// <summary>A version became the published one.</summary>
    Published,

    /// <summary>The published version was taken off the site.</summary>
    Unpublished,

    /// <summary>The item was moved to the trash (its versions are kept).</summary>
    Deleted,

    /// <summary>The item came back from the trash, or an old version was restored as a draft.</summary>
    Restored,

    /// <summary>A recipe created or changed the item.</summary>
    Imported,

    /// <summary>Publishing was scheduled or the schedule was cancelled.</summary>
    Scheduled,
}

/// <summary>
/// One change to an item, raised inside the unit of work that makes it (so a handler's writes
/// commit or roll back with the change).
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="Item">The item's version after the change.</param>
/// <param name="Previous">The version before the change, when there was one.</param>
public sealed record ContentEvent(ContentEventKind Kind, ContentItem Item, ContentItem? Previous);

/// <summary>Told of every content change, inside its transaction.</summary>
public interface IContentEventListener
{
    /// <summary>Handles one event; throwing rolls the change back.</summary>
    Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken);

    /// <summary>
    /// Handles the events of a bulk change (an import) in order; throwing rolls the change back. Listeners that
    /// write override it to write in bulk; by default each event is handled alone.
    /// </summary>
    async Task HandleManyAsync(IReadOnlyList<ContentEvent> contentEvents, CancellationToken cancellationToken)
    {
        foreach (var contentEvent in contentEvents)
        {
            await HandleAsync(contentEvent, cancellationToken);
        }
    }
}

/// <summary>Who is acting: the signed-in user, or the system (setup, scheduler).</summary>
public interface ICurrentActor
{
    /// <summary>The user's id, or null for the system.</summary>
    string? UserId { get; }

    /// <summary>The user name, or a name for the system such as <c>system</c>.</summary>
    string Name { get; }
}
