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
    private readonly ConcurrentDictionary<(string Theme, string Name), Lazy<IFluidTemplate?>> _templates = new();
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
