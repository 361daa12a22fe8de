using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;
using BananPark.Cms.Content.Fields.Media;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Parts.SeoMeta;

/// <summary>
/// On every write (the editor and recipes): each text within <see cref="SeoMetaLimits"/> and free of control
/// characters, the canonical an absolute http(s) URL or a site path, robots and tag names plain tokens, images
/// library paths, custom tags Orchard's <c>{"Name"|"Property","Content"}</c>, the JSON-LD parsable JSON (an object
/// or an array of objects). Keywords and descriptions are words for the admin search; the rest is not shown as such.
/// </summary>
public sealed class SeoMetaPartRules : PartKindRules<SeoMetaPart>
{
    public override IEnumerable<(string Path, string Message)> ValidateWrite(ContentItem item, ContentTypePartDefinition attached)
    {
        if (item.Content[attached.Name] is not JsonObject part)
        {
            yield break;
        }

        var at = attached.Name;
        foreach (var (name, label, max) in Texts)
        {
            foreach (var text in ValueReader.Texts(part, name).OfType<string>())
            {
                if ((RuleMessages.TooLong(label, text.Length, max) ?? ControlCharacters(label, text)) is { } message)
                {
                    yield return ($"{at}.{name}", message);
                }
            }
        }

        foreach (var problem in SeoMetaValues.CanonicalProblems(ValueReader.Texts(part, nameof(SeoMetaPart.Canonical))))
        {
            yield return ($"{at}.{nameof(SeoMetaPart.Canonical)}", problem);
        }

        foreach (var name in new[] { nameof(SeoMetaPart.MetaRobots), nameof(SeoMetaPart.OpenGraphType) })
        {
            if (ValueReader.Texts(part, name).Any(t => !string.IsNullOrWhiteSpace(t) && !SeoMetaValues.IsTokenList(t)))
            {
                yield return ($"{at}.{name}", $"{Label(name)}: use words, digits, ':', '_', '-' and ',' only (such as noindex, follow).");
            }
        }

        if (ValueReader.Texts(part, nameof(SeoMetaPart.TwitterCard)).Any(t => !string.IsNullOrWhiteSpace(t) && !SeoMetaLimits.TwitterCards.Contains(t.Trim())))
        {
            yield return ($"{at}.{nameof(SeoMetaPart.TwitterCard)}", $"Twitter card: use one of {string.Join(", ", SeoMetaLimits.TwitterCards)}.");
        }

        foreach (var name in new[] { nameof(SeoMetaPart.OpenGraphImage), nameof(SeoMetaPart.TwitterImage), nameof(SeoMetaPart.DefaultSocialImage) })
        {
            if (ValueReader.TextArray(part[name] as JsonObject, "Paths").Any(p => !MediaFieldPaths.IsValid(p)))
            {
                yield return ($"{at}.{name}", $"{Label(name)}: each path must be a path inside the media library (such as park/hero.jpg).");
            }
        }

        foreach (var problem in SeoMetaValues.CustomTagProblems(part[nameof(SeoMetaPart.CustomMetaTags)]))
        {
            yield return ($"{at}.{nameof(SeoMetaPart.CustomMetaTags)}", problem);
        }

        foreach (var schema in ValueReader.Texts(part, nameof(SeoMetaPart.GoogleSchema)).OfType<string>())
        {
            if ((RuleMessages.TooLong("Structured data (JSON-LD)", schema.Length, SeoMetaLimits.Schema) ?? SeoMetaValues.SchemaProblem(schema)) is { } message)
            {
                yield return ($"{at}.{nameof(SeoMetaPart.GoogleSchema)}", message);
            }
        }
    }

    public override string? PropertyLabel(string name) => Label(name);

    private static readonly (string Name, string Label, int Max)[] Texts =
    [
        (nameof(SeoMetaPart.PageTitle), "Page title", SeoMetaLimits.Title),
        (nameof(SeoMetaPart.MetaDescription), "Meta description", SeoMetaLimits.Description),
        (nameof(SeoMetaPart.MetaKeywords), "Keywords", SeoMetaLimits.Keywords),
        (nameof(SeoMetaPart.MetaRobots), "Robots", SeoMetaLimits.Token),
        (nameof(SeoMetaPart.OpenGraphType), "OpenGraph type", SeoMetaLimits.Token),
        (nameof(SeoMetaPart.OpenGraphTitle), "OpenGraph title", SeoMetaLimits.Title),
        (nameof(SeoMetaPart.OpenGraphDescription), "OpenGraph description", SeoMetaLimits.Description),
        (nameof(SeoMetaPart.TwitterTitle), "Twitter title", SeoMetaLimits.Title),
        (nameof(SeoMetaPart.TwitterDescription), "Twitter description", SeoMetaLimits.Description),
        (nameof(SeoMetaPart.TwitterCreator), "Twitter creator", SeoMetaLimits.Token),
        (nameof(SeoMetaPart.TwitterSite), "Twitter site", SeoMetaLimits.Token),
    ];

    private static string Label(string name) => Texts.FirstOrDefault(t => t.Name == name).Label ?? name switch
    {
        nameof(SeoMetaPart.Canonical) => "Canonical URL",
        nameof(SeoMetaPart.TwitterCard) => "Twitter card",
        nameof(SeoMetaPart.OpenGraphImage) => "OpenGraph image",
        nameof(SeoMetaPart.TwitterImage) => "Twitter image",
        nameof(SeoMetaPart.DefaultSocialImage) => "Default social image",
        nameof(SeoMetaPart.CustomMetaTags) => "Custom meta tags",
        nameof(SeoMetaPart.GoogleSchema) => "Structured data (JSON-LD)",
        nameof(SeoMetaPart.Render) => "Render SEO tags",
        _ => name,
    };

    private static string? ControlCharacters(string label, string text)
        => text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? $"{label}: remove the control characters." : null;
}
