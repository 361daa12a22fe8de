using BananPark.Cms.Core.Caching;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Theming.Services;

/// <summary>The current tenant's site theme: the <c>Themes</c> document's choice, else the configured default.</summary>
public sealed class ThemeSelector(
    IDocumentStore documents, ITenantContext tenant, ThemeCatalog catalog, IOptions<ThemingOptions> options, ITenantCache cache, IChangeSignal signal)
{
    internal const string DocumentName = "Themes";

    public async Task<ThemeManifest> GetSiteThemeAsync(CancellationToken cancellationToken = default)
    {
        var name = await cache.GetOrLoadAsync(tenant.Tenant.Name, SiteChanges.Theme, DocumentName, async ct =>
        {
            var document = await documents.GetAsync(DocumentName, ct);
            return new CacheLoad<string>(document?["Site"]?.GetValue<string>() ?? options.Value.DefaultTheme, 256);
        }, cancellationToken);
        return catalog.Find(name) ?? catalog.Find(options.Value.DefaultTheme)
            ?? throw new TemplateException($"No theme named '{name}' or '{options.Value.DefaultTheme}' in {catalog.Root}.");
    }

    /// <summary>Chooses the site theme; once the change commits, cached pages are evicted (they show the old theme).</summary>
    public async Task SetSiteThemeAsync(string name, CancellationToken cancellationToken = default)
    {
        var document = await documents.GetAsync(DocumentName, cancellationToken) ?? [];
        document["Site"] = name;
        await documents.SaveAsync(DocumentName, document, cancellationToken);
        await signal.SignalAsync(SiteChanges.Theme, cancellationToken);
    }
}
