using System.Globalization;
using System.Text;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Theming.Liquid;
using BananPark.Cms.Theming.Seo;
using Fluid;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// Renders content with the site theme: picks a template by alternates, gives it the item and
/// the site, and wraps pages in the layout. One instance per request.
/// Output is HTML-encoded by <see cref="MarkupEncoder"/>.
/// </summary>
public sealed class ContentRenderer(
    TemplateCache templates,
    ThemeSelector themes,
    LiquidTemplateOptions liquid,
    AssetFingerprints fingerprints,
    ISiteSettingsStore settings,
    IPublishedContent published,
    IContentDefinitionManager definitions,
    PageHeadBuilder heads,
    IServiceProvider services)
{
    private const int MaxDepth = 8;

    private Dictionary<string, object?>? _site;
    private readonly Dictionary<string, Dictionary<string, object?>> _typeModels = new(StringComparer.Ordinal);
    private ThemeManifest? _theme;
    private int _depth;

    /// <summary>The published content the page reads (shared snapshots, one query per list).</summary>
    public IPublishedContent Published => published;

    /// <summary>The list page the request asks for (<c>?page=</c>), 1 when it asks for none.</summary>
    public int RequestedPage { get; set; } = 1;

    /// <summary>The pager of the list the page shows, once a list has been rendered; the layout links its neighbours.</summary>
    public ListPager? Pager { get; set; }

    /// <summary>True when the page asked for a list page past the end: the endpoint answers 404.</summary>
    public bool PageMissing { get; set; }

    public IContentDefinitionManager Definitions => definitions;

    /// <summary>The request's services, for filters and displays that read another capability (the media library), which a site may lack.</summary>
    public IServiceProvider Services => services;

    public AssetFingerprints Fingerprints => fingerprints;

    /// <summary>The site theme; available once anything has been rendered.</summary>
    public ThemeManifest Theme => _theme ?? throw new InvalidOperationException("Nothing has been rendered yet.");

    /// <summary>
    /// An item with the template for <paramref name="displayType"/> (<c>Detail</c>, <c>Summary</c>, …). Inside a template
    /// (the <c>display</c> filter) pass its context: the item renders in a child scope of it, so a list of fifty cards
    /// costs fifty renders, not fifty new contexts.
    /// </summary>
    public Task<string> RenderItemAsync(ContentItemSnapshot item, string displayType, CancellationToken cancellationToken = default)
        => RenderItemAsync(item, displayType, null, cancellationToken);

    /// <inheritdoc cref="RenderItemAsync(ContentItemSnapshot, string, CancellationToken)"/>
    public async Task<string> RenderItemAsync(ContentItemSnapshot item, string displayType, TemplateContext? parent, CancellationToken cancellationToken = default)
    {
        if (_depth >= MaxDepth)
        {
            throw new TemplateException($"Items are displayed inside each other more than {MaxDepth} levels deep (at '{item.DisplayText}').");
        }

        _depth++;
        try
        {
            var model = new Dictionary<string, object?>
            {
                ["ContentItem"] = new ContentItemModel(item),
                ["DisplayType"] = displayType,
                ["ContentType"] = await TypeModelAsync(item.ContentType, cancellationToken),
            };
            return await RenderAsync(Alternates.ForContent(item.ContentType, displayType), model, cancellationToken, parent: parent);
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>
    /// One page of a type's list (e.g. the enterprise directory); <paramref name="pager"/> says which, and
    /// <paramref name="directory"/> (a <see cref="DirectoryModel"/>) its facets and search, when it has them.
    /// </summary>
    public async Task<string> RenderListAsync(
        ContentTypeDefinition type, ListingSettings listing, ContentPage page, ListPager pager, Dictionary<string, object?>? directory = null, CancellationToken cancellationToken = default)
    {
        Pager = pager;
        var items = ContentItemModel.Of(page.Items);
        var model = new Dictionary<string, object?>
        {
            ["Items"] = items,
            ["Pager"] = pager.ToModel(items),
            ["Listing"] = new Dictionary<string, object?>
            {
                ["Title"] = listing.DisplayName ?? type.DisplayName ?? type.Name,
                ["Description"] = listing.Description,
                ["Url"] = "/" + listing.Path!.Trim('/'),
            },
            ["ContentType"] = await TypeModelAsync(type.Name, cancellationToken),
            ["Directory"] = directory,
        };
        return await RenderAsync(Alternates.ForList(type.Name), model, cancellationToken);
    }

    /// <summary>A template by name, e.g. <c>NotFound</c> or <c>Error</c>.</summary>
    public Task<string> RenderNamedAsync(string name, IDictionary<string, object?> model, CancellationToken cancellationToken = default)
        => RenderAsync([name], model, cancellationToken);

    /// <summary>A capability's partial (<see cref="ITemplatePartial"/>) inside the template being rendered, in a child scope of its context.</summary>
    public Task<string> RenderPartialAsync(string name, IDictionary<string, object?> model, TemplateContext parent, CancellationToken cancellationToken = default)
        => RenderAsync([name], model, cancellationToken, parent: parent);

    /// <summary>The layout around <paramref name="body"/>, with the head <see cref="PageHeadBuilder"/> works out for the page.</summary>
    public async Task<string> RenderPageAsync(PageInfo page, string body, CancellationToken cancellationToken = default)
    {
        var head = await heads.BuildAsync(page, Pager?.Number ?? 1, cancellationToken);
        return await RenderAsync(["Layout"], new Dictionary<string, object?>
        {
            ["Title"] = page.Title,
            ["Description"] = head.Description,
            // The title, description, canonical, robots, OpenGraph, Twitter and JSON-LD tags, encoded: the layout writes it raw.
            ["Head"] = HeadMarkup.Render(head),
            ["Path"] = page.Path,
            ["Body"] = body,
            ["StatusCode"] = page.StatusCode,
            ["PageNumber"] = Pager?.Number ?? 1,
            ["PreviousUrl"] = Pager?.PreviousUrl,
            ["NextUrl"] = Pager?.NextUrl,
        }, cancellationToken, modelName: "Page");
    }

    private async Task<string> RenderAsync(IEnumerable<string> alternates, object model, CancellationToken cancellationToken, string modelName = "Model", TemplateContext? parent = null)
    {
        _theme ??= await themes.GetSiteThemeAsync(cancellationToken);
        var names = alternates as IReadOnlyList<string> ?? alternates.ToList();
        var found = templates.Find(_theme, names)
            ?? throw new TemplateException($"Theme '{_theme.Name}' has none of the templates {string.Join(", ", names)}.");
        var context = parent ?? new TemplateContext(liquid.Options);
        if (parent is null)
        {
            RenderScope.Attach(context, this);
            context.SetValue("Site", await SiteAsync(cancellationToken));
        }
        else
        {
            context.EnterChildScope();
        }

        try
        {
            context.SetValue(modelName, model);
            using var writer = new StringWriter(new StringBuilder(templates.OutputSizeHint(_theme, found.Name)), CultureInfo.InvariantCulture);
            await found.Template.RenderAsync(writer, MarkupEncoder.Instance, context);
            var output = writer.ToString();
            templates.RememberOutputSize(_theme, found.Name, output.Length);
            return output;
        }
        catch (Exception e) when (e is not TemplateException and not OperationCanceledException)
        {
            throw new TemplateException($"Template '{_theme.Name}/Views/{found.Name}.liquid' failed to render: {e.Message}", e);
        }
        finally
        {
            if (parent is not null)
            {
                context.ReleaseScope();
            }
        }
    }

    private async Task<Dictionary<string, object?>> SiteAsync(CancellationToken cancellationToken)
    {
        if (_site is not null)
        {
            return _site;
        }

        var site = await settings.GetAsync(cancellationToken);
        var home = await published.GetHomepageAsync(cancellationToken);
        var sections = ListingSettings.All(await definitions.GetAsync(cancellationToken))
            .Select(x => new Dictionary<string, object?>
            {
                ["Title"] = x.Listing.DisplayName ?? x.Type.DisplayName,
                ["Url"] = "/" + x.Listing.Path!.Trim('/'),
                ["ContentType"] = x.Type.Name,
            })
            .ToList();
        _site = new Dictionary<string, object?>
        {
            ["SiteName"] = site.SiteName,
            ["Culture"] = string.IsNullOrWhiteSpace(site.DefaultCulture) ? "en" : site.DefaultCulture,
            ["Home"] = home is null ? null : new ContentItemModel(home),
            ["Sections"] = sections,
            // The footer's facts, under the names the Settings step uses.
            [nameof(SiteSettings.FooterHost)] = site.FooterHost,
            [nameof(SiteSettings.FooterUndertaker)] = site.FooterUndertaker,
            [nameof(SiteSettings.FooterAddress)] = site.FooterAddress,
            [nameof(SiteSettings.FooterTelephone)] = site.FooterTelephone,
            [nameof(SiteSettings.Copyright)] = site.Copyright,
            [nameof(SiteSettings.IcpNumber)] = site.IcpNumber,
            [nameof(SiteSettings.IcpUrl)] = site.IcpUrl,
            [nameof(SiteSettings.PublicSecurityFilingNumber)] = site.PublicSecurityFilingNumber,
            [nameof(SiteSettings.PublicSecurityFilingUrl)] = site.PublicSecurityFilingUrl,
            // Where the numbers link: the site's own link, else the registry the law names (FilingLinks).
            ["IcpHref"] = FilingLinks.Icp(site),
            ["PublicSecurityFilingHref"] = FilingLinks.PublicSecurity(site),
            [nameof(SiteSettings.ReproductionNotice)] = site.ReproductionNotice,
        };
        return _site;
    }

    /// <summary>A type's name and field labels, built once per request (a page renders many items of few types).</summary>
    private async Task<Dictionary<string, object?>> TypeModelAsync(string name, CancellationToken cancellationToken)
    {
        if (_typeModels.TryGetValue(name, out var cached))
        {
            return cached;
        }

        var definition = await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(name);
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var part in type?.Parts ?? [])
        {
            foreach (var field in definition.FindPart(part.PartName)?.Fields ?? [])
            {
                fields[field.Name] = field.DisplayName;
            }
        }

        return _typeModels[name] = new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["DisplayName"] = type?.DisplayName ?? name,
            // Field labels come from the definition, so a renamed field is renamed on the site too.
            ["FieldNames"] = fields,
        };
    }
}

/// <summary>What the layout needs to know about a page.</summary>
public sealed record PageInfo(string Title, string Path, int StatusCode = 200, string? Description = null)
{
    /// <summary>The item the page shows: its SEO values, text and pictures make the head.</summary>
    public ContentItemSnapshot? Item { get; init; }

    /// <summary>The items a list page shows: their names describe it when its listing has no description.</summary>
    public IReadOnlyList<ContentItemSnapshot> ListItems { get; init; } = [];
}
