using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Seo;

/// <summary>
/// The one place a page's head is worked out. An item's <see cref="SeoMetaPart"/> values win; what editors leave
/// empty is derived: the title from the page's title and the site's name, the description from the item's text (else
/// the list's items, else the home page's text, else the page's and site's names), the canonical from the page's
/// absolute URL, the preview image from the item's first picture. Error pages get <c>noindex</c> and no canonical.
/// </summary>
public sealed class PageHeadBuilder(
    ISiteSettingsStore settings, IPublishedContent published, IContentDefinitionManager definitions, IRichText richText, IServiceProvider services)
{
    private readonly IPublicUrls? _urls = services.GetService<IPublicUrls>();

    public async Task<PageHead> BuildAsync(PageInfo page, int pageNumber, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var definition = await definitions.GetAsync(cancellationToken);
        var culture = string.IsNullOrWhiteSpace(site.DefaultCulture) ? "en" : site.DefaultCulture;
        var ok = page.StatusCode == 200;
        var seo = page.Item is { } item ? Seo(item, definition) : null;
        var images = new SocialImages(services.GetService<IMediaAssets>(), services.GetService<IMediaUrls>(), _urls);

        var name = Text(seo?.PageTitle) ?? Text(page.Title);
        var title = name is null || name == site.SiteName || string.IsNullOrWhiteSpace(site.SiteName)
            ? name ?? site.SiteName ?? ""
            : $"{name}{(pageNumber > 1 ? string.Create(CultureInfo.InvariantCulture, $" (page {pageNumber})") : "")} · {site.SiteName}";
        var description = Text(seo?.MetaDescription) ?? await DerivedDescriptionAsync(page, definition, site, cancellationToken);
        var canonical = Text(seo?.Canonical) is { } chosen ? Absolute(chosen)
            : ok ? Absolute(page.Path) + (pageNumber > 1 ? string.Create(CultureInfo.InvariantCulture, $"?page={pageNumber}") : "")
            : null;
        var ogImage = await images.FromValueAsync(seo?.OpenGraphImage, culture, cancellationToken)
            ?? await images.FromValueAsync(seo?.DefaultSocialImage, culture, cancellationToken)
            ?? (page.Item is { } withMedia ? await images.LargestOfItemAsync(withMedia, definition, culture, cancellationToken) : null);
        var twitterImage = await images.FromValueAsync(seo?.TwitterImage, culture, cancellationToken) ?? ogImage;
        var ogTitle = Text(seo?.OpenGraphTitle) ?? name ?? title;
        var ogDescription = Text(seo?.OpenGraphDescription) ?? description;

        return new PageHead
        {
            Title = title,
            Description = description,
            Keywords = Text(seo?.MetaKeywords),
            Canonical = canonical,
            Robots = Text(seo?.MetaRobots) ?? (ok ? null : "noindex"),
            OpenGraphType = Text(seo?.OpenGraphType) ?? "website",
            OpenGraphTitle = ogTitle,
            OpenGraphDescription = ogDescription,
            SiteName = Text(site.SiteName),
            Locale = culture.Replace('-', '_'),
            OpenGraphImage = ogImage,
            TwitterCard = Text(seo?.TwitterCard) ?? (twitterImage is null ? "summary" : "summary_large_image"),
            TwitterSite = Text(seo?.TwitterSite),
            TwitterCreator = Text(seo?.TwitterCreator),
            TwitterTitle = Text(seo?.TwitterTitle) ?? ogTitle,
            TwitterDescription = Text(seo?.TwitterDescription) ?? ogDescription,
            TwitterImage = twitterImage,
            MetaTags = [.. Verification(site), .. CustomTags(seo)],
            StructuredData = await StructuredDataAsync(page, definition, site, seo, cancellationToken),
        };
    }

    private async Task<string> DerivedDescriptionAsync(PageInfo page, ContentDefinition definition, SiteSettings site, CancellationToken cancellationToken)
    {
        if (Text(page.Description) is { } given)
        {
            return given;
        }

        if (page.Item is { } item)
        {
            if (SeoText.Cut(ItemText.Of(item, definition, richText)) is { Length: > 0 } text)
            {
                return text;
            }

            var type = definition.FindType(item.ContentType)?.DisplayName ?? item.ContentType;
            return SeoText.Cut(string.Join(" · ", new[] { Text(item.DisplayText), type, Text(site.SiteName) }.OfType<string>().Distinct()));
        }

        if (page.ListItems.Count > 0)
        {
            return SeoText.Cut($"{page.Title}: {string.Join(", ", page.ListItems.Select(i => Text(i.DisplayText)).OfType<string>())}");
        }

        if (await published.GetHomepageAsync(cancellationToken) is { } home && SeoText.Cut(ItemText.Of(home, definition, richText)) is { Length: > 0 } homeText)
        {
            return homeText;
        }

        return SeoText.Cut(string.Join(" · ", new[] { Text(page.Title), Text(site.SiteName) }.OfType<string>().Distinct()));
    }

    private async Task<List<JsonNode>> StructuredDataAsync(PageInfo page, ContentDefinition definition, SiteSettings site, SeoMetaPart? seo, CancellationToken cancellationToken)
    {
        var home = Absolute("/");
        var trail = new List<(string, string?)> { (Text(site.SiteName) ?? "Home", home) };
        var path = page.Path.Split('?')[0];
        if (path != "/")
        {
            if (page.Item is { } item && ListingSettings.All(definition).FirstOrDefault(l => l.Type.Name == item.ContentType) is { Type: not null } listing
                && "/" + listing.Listing.Path!.Trim('/') is var listPath && listPath != path)
            {
                trail.Add((listing.Listing.DisplayName ?? listing.Type.DisplayName ?? listing.Type.Name, Absolute(listPath)));
            }

            trail.Add((Text(page.Title) ?? path, page.StatusCode == 200 ? Absolute(path) : null));
        }

        var blocks = new List<JsonNode> { StructuredData.Breadcrumbs(trail) };
        if (path == "/" && page.StatusCode == 200)
        {
            blocks.Add(StructuredData.WebSite(Text(site.SiteName), home, Absolute("/search") + "?q={search_term_string}"));
            if ((page.Item ?? await published.GetHomepageAsync(cancellationToken)) is { } homeItem && StructuredData.Organization(homeItem, home) is { } organization)
            {
                blocks.Add(organization);
            }
        }

        blocks.AddRange(StructuredData.Custom(seo?.GoogleSchema));
        return blocks;
    }

    /// <summary>The item's SEO values when its type carries the part and it asks to be rendered; null otherwise.</summary>
    private static SeoMetaPart? Seo(ContentItemSnapshot item, ContentDefinition definition)
    {
        var attached = definition.FindType(item.ContentType)?.Parts.FirstOrDefault(p => p.PartName == SeoMetaPart.Kind.Name);
        if (attached is null || !item.TryGetPart(attached.Name, out var json) || json.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            var part = json.Deserialize<SeoMetaPart>(ContentJson.Options);
            return part is { Render: true } ? part : null;
        }
        catch (JsonException)
        {
            // Stored past the rules (a value of the wrong shape): the page keeps its derived head.
            return null;
        }
    }

    private static IEnumerable<(string, string, string)> Verification(SiteSettings site)
    {
        if (Text(site.BaiduSiteVerification) is { } baidu)
        {
            yield return ("name", "baidu-site-verification", baidu);
        }

        if (Text(site.BingSiteVerification) is { } bing)
        {
            yield return ("name", "msvalidate.01", bing);
        }
    }

    private static IEnumerable<(string, string, string)> CustomTags(SeoMetaPart? seo)
    {
        foreach (var tag in seo?.CustomMetaTags?.OfType<JsonObject>() ?? [])
        {
            var content = Text(tag["Content"]);
            if (content is not null && Key(tag["Name"]) is { } name)
            {
                yield return ("name", name, content);
            }
            else if (content is not null && Key(tag["Property"]) is { } property)
            {
                yield return ("property", property, content);
            }
        }
    }

    /// <summary>A tag name of letters, digits and <c>: . _ -</c> only; anything else (stored past the rules) is left out.</summary>
    private static string? Key(JsonNode? node)
        => Text(node) is { } key && key.Length <= 100 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '.' or '_' or '-') ? key : null;

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? Text(text) : null;

    private static string? Text(string? text) => SeoText.Line(text) is { Length: > 0 } line ? line : null;

    private string Absolute(string url)
        => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? _urls?.Absolute(url) ?? url : url;
}
