using System.Collections.Concurrent;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Theming.Services;

/// <summary>The current tenant's site theme: the <c>Themes</c> document's choice, else the configured default.</summary>
public sealed class ThemeSelector(
    IDocumentStore documents, IStoreSession session, ITenantContext tenant, ThemeCatalog catalog, IOptions<ThemingOptions> options, SelectedThemes cache)
{
    internal const string DocumentName = "Themes";

    public async Task<ThemeManifest> GetSiteThemeAsync(CancellationToken cancellationToken = default)
    {
        if (!cache.TryGetValue(tenant.Tenant.Name, out var name))
        {
            var document = await documents.GetAsync(DocumentName, cancellationToken);
            name = document?["Site"]?.GetValue<string>() ?? options.Value.DefaultTheme;
            cache[tenant.Tenant.Name] = name;
        }

        return catalog.Find(name) ?? catalog.Find(options.Value.DefaultTheme)
            ?? throw new TemplateException($"No theme named '{name}' or '{options.Value.DefaultTheme}' in {catalog.Root}.");
    }

    public async Task SetSiteThemeAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await documents.GetAsync(DocumentName, cancellationToken) ?? [];
        document["Site"] = name;
        await documents.SaveAsync(DocumentName, document, cancellationToken);
        await session.AfterCommitAsync(_ =>
        {
            cache[tenant.Tenant.Name] = name;
            return Task.CompletedTask;
        }, cancellationToken);
    }
}

/// <summary>The committed theme choice of each tenant.</summary>
public sealed class SelectedThemes : ConcurrentDictionary<string, string>
{
    public SelectedThemes() : base(StringComparer.Ordinal)
    {
    }
}
