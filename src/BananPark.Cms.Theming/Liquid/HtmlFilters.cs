using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>Filters that produce markup or URLs. Plain functions: testable without a host.</summary>
public static class HtmlFilters
{
    public static void Register(FilterCollection filters, IRichText richText)
    {
        filters.AddFilter("sanitize_html", SanitizeHtml(richText));
        filters.AddFilter("markdownify", Markdownify(richText));
        filters.AddFilter("asset_url", AssetUrl);
        filters.AddFilter("tel_href", TelHref);
        filters.AddFilter("safe_url", SafeUrl);
    }

    /// <summary><c>sanitize_html</c>: stored HTML, sanitized by <paramref name="richText"/>, not encoded again.</summary>
    public static FilterDelegate SanitizeHtml(IRichText richText)
        => (input, _, _) => new(new StringValue(richText.Sanitize(input.ToStringValue()), false));

    /// <summary><c>markdownify</c>: Markdown to HTML sanitized by <paramref name="richText"/>.</summary>
    public static FilterDelegate Markdownify(IRichText richText)
        => (input, _, _) => new(new StringValue(richText.MarkdownToHtml(input.ToStringValue()), false));

    /// <summary>A theme asset's fingerprinted URL: <c>{{ "css/site.css" | asset_url }}</c>.</summary>
    public static ValueTask<FluidValue> AssetUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var renderer = RenderScope.Renderer(context);
        return new(new StringValue(renderer.Fingerprints.Url(renderer.Theme, input.ToStringValue())));
    }

    /// <summary>A phone number as a <c>tel:</c> URI: digits and a leading +, nothing else.</summary>
    public static ValueTask<FluidValue> TelHref(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue().Trim();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        return new(new StringValue(digits.Length == 0 ? "" : $"tel:{(text.StartsWith('+') ? "+" : "")}{digits}"));
    }

    /// <summary>The URL when it is http, https, mailto, tel or a local path; otherwise empty (never <c>javascript:</c> or <c>data:</c>).</summary>
    public static ValueTask<FluidValue> SafeUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
        => new(new StringValue(SafeUrls.Check(input.ToStringValue())));
}
