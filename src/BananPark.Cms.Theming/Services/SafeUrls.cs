using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Services;

/// <summary>The check of a stored URL before it becomes a link: the same rule content is saved with (<see cref="SafeLinks"/>).</summary>
public static class SafeUrls
{
    /// <summary>The URL (trimmed) when <see cref="SafeLinks"/> allows it; otherwise empty (never <c>javascript:</c> or <c>data:</c>).</summary>
    public static string Check(string? url)
        => string.IsNullOrWhiteSpace(url) || !SafeLinks.IsAllowed(url) ? "" : url.Trim();
}
