using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Theming.Services;

/// <summary>The themes on disk, read once at start from each folder's <c>theme.json</c>.</summary>
public sealed class ThemeCatalog
{
    private readonly Dictionary<string, ThemeManifest> _themes = new(StringComparer.OrdinalIgnoreCase);

    public ThemeCatalog(IOptions<ThemingOptions> options, IHostEnvironment environment, ILogger<ThemeCatalog> logger)
    {
        Root = Path.GetFullPath(options.Value.Path, environment.ContentRootPath);
        foreach (var manifest in Directory.Exists(Root) ? Directory.EnumerateFiles(Root, "theme.json", SearchOption.AllDirectories) : [])
        {
            try
            {
                var theme = JsonSerializer.Deserialize<ThemeManifest>(File.ReadAllText(manifest), ContentJson.Options)!
                    with
                { Folder = Path.GetDirectoryName(manifest)! };
                _themes[theme.Name] = theme;
            }
            catch (JsonException e)
            {
                logger.LogError("Theme manifest {Manifest} is not valid JSON and was skipped: {Problem}", manifest, e.Message);
            }
        }
    }

    /// <summary>The absolute themes folder.</summary>
    public string Root { get; }

    public IReadOnlyCollection<ThemeManifest> All => _themes.Values;

    public ThemeManifest? Find(string name) => _themes.GetValueOrDefault(name);
}
