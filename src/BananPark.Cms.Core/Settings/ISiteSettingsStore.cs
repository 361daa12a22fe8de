namespace BananPark.Cms.Core.Settings;

/// <summary>The current tenant's site settings, cached; refreshed when a change commits.</summary>
public interface ISiteSettingsStore
{
    /// <summary>The settings (a default instance when none were saved).</summary>
    Task<SiteSettings> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the settings.</summary>
    Task SaveAsync(SiteSettings settings, CancellationToken cancellationToken = default);
}
