using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// A short content hash per theme asset, computed once, so asset URLs can be cached for a year. The URL itself
/// is worked out once per theme and path (every page asks for the same few), so a page costs no file system
/// call; a theme's assets are files shipped with it, changed by a new deployment, which starts a new process.
/// </summary>
public sealed class AssetFingerprints
{
    private readonly ConcurrentDictionary<(string Folder, string Path), string> _urls = new();

    /// <summary><c>/themes/{theme}/{path}?v={hash}</c>; without <c>v</c> when the file is missing.</summary>
    public string Url(ThemeManifest theme, string relativePath)
        => _urls.GetOrAdd((theme.AssetsFolder, relativePath), _ => Compute(theme, relativePath));

    private static string Compute(ThemeManifest theme, string relativePath)
    {
        relativePath = relativePath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(theme.AssetsFolder, relativePath));
        var url = $"/themes/{Uri.EscapeDataString(theme.Name)}/{relativePath}";
        if (!full.StartsWith(theme.AssetsFolder, StringComparison.Ordinal) || !File.Exists(full))
        {
            return url;
        }

        return $"{url}?v={Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(full)))[..12]}";
    }
}
