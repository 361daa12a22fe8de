using System.Collections.Concurrent;
using Fluid;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// Parsed templates per theme, each parsed once. A missing template is remembered as missing,
/// and a broken one as broken (logged once, with its name and line). With
/// <see cref="ThemingOptions.WatchTemplates"/> a theme's entries are dropped when its files change.
/// </summary>
public sealed class TemplateCache : IDisposable
{
    private const int SmallestOutput = 256;
    private const int LargestHint = 1 << 20;
    private readonly ConcurrentDictionary<(string Theme, string Name), Lazy<IFluidTemplate?>> _templates = new();
    private readonly ConcurrentDictionary<(string Theme, string Name), int> _outputSizes = new();
    private readonly FluidParser _parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly List<IDisposable> _watchers = [];
    private readonly ILogger<TemplateCache> _logger;

    public TemplateCache(IOptions<ThemingOptions> options, ThemeCatalog catalog, ILogger<TemplateCache> logger)
    {
        _logger = logger;
        if (!options.Value.WatchTemplates)
        {
            return;
        }

        foreach (var theme in catalog.All.Where(t => Directory.Exists(t.ViewsFolder)))
        {
            var files = new PhysicalFileProvider(theme.ViewsFolder);
            _watchers.Add(files);
            _watchers.Add(ChangeToken.OnChange(() => files.Watch("**/*.liquid"), () => Forget(theme.Name)));
        }
    }

    /// <summary>The first of <paramref name="alternates"/> the theme has, with its name; null when none.</summary>
    public (string Name, IFluidTemplate Template)? Find(ThemeManifest theme, IEnumerable<string> alternates)
    {
        foreach (var name in alternates)
        {
            if (Get(theme, name) is { } template)
            {
                return (name, template);
            }
        }

        return null;
    }

    /// <summary>The parsed template, or null when the theme has no such file. Throws <see cref="TemplateException"/> when it does not parse.</summary>
    public IFluidTemplate? Get(ThemeManifest theme, string name)
        => _templates.GetOrAdd((theme.Name, name), key => new Lazy<IFluidTemplate?>(() => Parse(theme, key.Name))).Value;

    /// <summary>
    /// How many characters to reserve for the template's output: a little more than its last output, so a
    /// page is written into one buffer instead of a growing chain of them.
    /// </summary>
    public int OutputSizeHint(ThemeManifest theme, string name)
        => _outputSizes.TryGetValue((theme.Name, name), out var size) ? Math.Min(LargestHint, size + (size / 8)) : SmallestOutput;

    /// <summary>Remembers the length of the template's last output (see <see cref="OutputSizeHint"/>).</summary>
    public void RememberOutputSize(ThemeManifest theme, string name, int length)
    {
        if (!_outputSizes.TryGetValue((theme.Name, name), out var known) || known != length)
        {
            _outputSizes[(theme.Name, name)] = length;
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }

    private IFluidTemplate? Parse(ThemeManifest theme, string name)
    {
        var path = Path.Combine(theme.ViewsFolder, $"{name}.liquid");
        if (!File.Exists(path))
        {
            return null;
        }

        if (_parser.TryParse(File.ReadAllText(path), out var template, out var error))
        {
            return template;
        }

        _logger.LogError("Template {Theme}/{Template} does not parse: {Error}", theme.Name, name, error);
        throw new TemplateException($"Template '{theme.Name}/Views/{name}.liquid' does not parse: {error}");
    }

    private void Forget(string theme)
    {
        foreach (var key in _templates.Keys.Where(k => k.Theme == theme))
        {
            _templates.TryRemove(key, out _);
        }
    }
}
