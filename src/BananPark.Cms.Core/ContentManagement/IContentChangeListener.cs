namespace BananPark.Cms.Core.ContentManagement;

/// <summary>Told after content, definitions or site settings of a tenant changed and the change
/// committed (for example to evict cached pages, which show all three).</summary>
public interface IContentChangeListener
{
    /// <summary>Called after a unit of work that changed content, definitions or settings commits
    /// (once for each of those it changed, at most).</summary>
    Task ContentChangedAsync(string tenantName, CancellationToken cancellationToken);
}
