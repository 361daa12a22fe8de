using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace BananPark.Cms.Theming.Services;

/// <summary>A short content hash per theme asset, computed once, so asset URLs can be cached for a year.</summary>
public sealed class AssetFingerprints
{
    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary><c>/themes/{theme}/{path}?v={hash}</c>; without <c>v</c> when the file is missing.</summary>
    public string Url(ThemeManifest theme, string relativePath)
    {
        relativePath = relativePath.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(theme.AssetsFolder, relativePath));
        var url = $"/themes/{Uri.EscapeDataString(theme.Name)}/{relativePath}";
        if (!full.StartsWith(theme.AssetsFolder, StringComparison.Ordinal) || !File.Exists(full))
        {
            return url;
        }

        var hash = _hashes.GetOrAdd(full, static path => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))[..12]);
        return $"{url}?v={hash}";
    }
}
