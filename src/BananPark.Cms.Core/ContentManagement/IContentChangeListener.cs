namespace BananPark.Cms.Core.ContentManagement;

/// <summary>Told after content or definitions of a tenant changed and the change committed
/// (for example to evict cached pages).</summary>
public interface IContentChangeListener
{
    /// <summary>Called once per committed unit of work that changed content.</summary>
    Task ContentChangedAsync(string tenantName, CancellationToken cancellationToken);
}
