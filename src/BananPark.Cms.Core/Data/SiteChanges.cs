namespace BananPark.Cms.Core.Data;

/// <summary>
/// What a committed unit of work changed in a tenant. Caches are organised by these kinds: an entry
/// cached under a kind is evicted when a change of that kind commits, and public pages are evicted
/// only when something anonymous visitors see changed (<see cref="SiteChangesExtensions.IsPublic"/>).
/// </summary>
[Flags]
public enum SiteChanges
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Drafts, schedules or the trash: what editors see, not visitors.</summary>
    Drafts = 1,

    /// <summary>A published version was added, changed or taken off the site.</summary>
    PublishedContent = 2,

    /// <summary>Content type or part definitions (field labels and list pages show on the site).</summary>
    Definitions = 4,

    /// <summary>Site settings (the site name, the footer).</summary>
    Settings = 8,

    /// <summary>The site theme chosen.</summary>
    Theme = 16,

    /// <summary>Roles and the permissions they grant.</summary>
    Permissions = 32,

    /// <summary>The media library: a file added, changed (alt text, focal point), moved or deleted; media profiles.</summary>
    Media = 64,
}

/// <summary>Helpers over <see cref="SiteChanges"/>.</summary>
public static class SiteChangesExtensions
{
    /// <summary>The kinds of change that alter what an anonymous visitor sees.</summary>
    public const SiteChanges Public = SiteChanges.PublishedContent | SiteChanges.Definitions | SiteChanges.Settings | SiteChanges.Theme | SiteChanges.Media;

    /// <summary>Every kind of change at once (derived from the enum, so a kind added later is in it): for evicting everything.</summary>
    public static readonly SiteChanges All = Enum.GetValues<SiteChanges>().Aggregate(SiteChanges.None, (all, kind) => all | kind);

    /// <summary>True when the change alters public pages (so cached pages must go).</summary>
    public static bool IsPublic(this SiteChanges changes) => (changes & Public) != SiteChanges.None;
}

/// <summary>
/// Where a capability says what it changed. Inside a transaction the changes of the whole unit of
/// work are gathered and told to the <see cref="ISiteChangeListener"/>s once, after it commits, and
/// forgotten when it rolls back; outside one they are told at once.
/// </summary>
public interface IChangeSignal
{
    /// <summary>Records that <paramref name="changes"/> happened in the current tenant.</summary>
    Task SignalAsync(SiteChanges changes, CancellationToken cancellationToken = default);
}

/// <summary>Told after a tenant's change committed, e.g. to evict cached pages.</summary>
public interface ISiteChangeListener
{
    /// <summary>Called once per committed unit of work with everything it changed.</summary>
    Task SiteChangedAsync(string tenantName, SiteChanges changes, CancellationToken cancellationToken);
}
