using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Theming;

/// <summary>Where themes are and which one a tenant uses until a recipe picks one. Bound from <c>Cms:Theming</c>.</summary>
public sealed class ThemingOptions
{
    /// <summary>Folder of theme folders; relative paths are under the content root.</summary>
    [Required]
    public string Path { get; set; } = "themes";

    /// <summary>The site theme when none was chosen.</summary>
    [Required]
    public string DefaultTheme { get; set; } = "BananPark.Theme";

    /// <summary>Re-read templates when their files change (handy while designing; off in production).</summary>
    public bool WatchTemplates { get; set; }

    /// <summary>How long an anonymous public page is served from the output cache (evicted on any publish). Zero turns the cache off.</summary>
    public TimeSpan OutputCacheDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long browsers may keep fingerprinted theme assets.</summary>
    public TimeSpan AssetMaxAge { get; set; } = TimeSpan.FromDays(365);
}
