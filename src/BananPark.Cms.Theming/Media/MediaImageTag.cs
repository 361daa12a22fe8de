using System.Globalization;
using System.Text;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Theming.Fields;

namespace BananPark.Cms.Theming.Media;

/// <summary>
/// An <c>&lt;img&gt;</c> for a library picture: <c>width</c> and <c>height</c> always set (from the asset's pixels and the
/// resize, so nothing shifts while it loads), a <c>srcset</c> of the widths a browser may pick (the render's own, its
/// double, and the profiles' and default sizes from a quarter of it up, never wider than the original), <c>sizes</c>, the
/// alternative text, and <c>loading="lazy"</c> unless it is the first picture of the page (<c>eager</c>).
/// </summary>
public static class MediaImageTag
{
    /// <summary>Widths anybody may ask for (Orchard's defaults) that a <c>srcset</c> may add.</summary>
    public static readonly IReadOnlyList<int> SrcsetWidths = [240, 480, 600, 1024, 2048];

    /// <summary>Most candidates a <c>srcset</c> lists.</summary>
    public const int MaxCandidates = 5;

    /// <summary>What the tag shows, besides the asset.</summary>
    /// <param name="Resize">The render asked for (a profile's commands already resolved); null for the original.</param>
    /// <param name="ProfileName">The profile asked for, so the main URL names it (unsigned, shared by every page).</param>
    /// <param name="Alt">The alternative text ("" for a decorative picture).</param>
    /// <param name="Sizes">The <c>sizes</c> attribute; null for "as wide as the render, at most the viewport".</param>
    /// <param name="Eager">True for a picture above the fold (the hero): loaded at once, with high priority.</param>
    /// <param name="CssClass">The <c>class</c> attribute, if any.</param>
    /// <param name="Profiles">The site's profiles: their widths join the <c>srcset</c> when they render the same shape.</param>
    public sealed record Options(MediaResize? Resize, string? ProfileName, string Alt, string? Sizes, bool Eager, string? CssClass, IEnumerable<MediaProfile> Profiles);

    /// <summary>The tag's HTML (attributes encoded); empty when the asset is no picture.</summary>
    public static string Render(MediaAsset asset, IMediaUrls urls, Options options)
    {
        if (asset is not { IsImage: true, Width: { } sourceWidth, Height: { } sourceHeight })
        {
            return "";
        }

        var resize = options.Resize;
        var (width, height) = resize is null ? (sourceWidth, sourceHeight) : MediaRenderedSize.Of(sourceWidth, sourceHeight, resize.Width, resize.Height, resize.Mode);
        // Versioned URLs (the file's hash in the query): a changed file gets new URLs, so browsers may keep these a year.
        var src = resize is null ? urls.Original(asset)
            : options.ProfileName is { } profile ? urls.Resized(asset, new MediaResize { Profile = profile })
            : urls.Resized(asset, resize);
        var html = new StringBuilder("<img src=\"").Append(Encode(src)).Append('"');
        var candidates = resize is null ? [] : Candidates(sourceWidth, sourceHeight, resize, width, options.Profiles);
        if (candidates.Count > 1)
        {
            html.Append(" srcset=\"").Append(Encode(string.Join(", ", candidates.Select(c => c.Width == width && c.Resize == resize
                ? $"{src} {W(width)}w"
                : $"{urls.Resized(asset, c.Resize)} {W(c.Width)}w")))).Append('"');
            html.Append(" sizes=\"").Append(Encode(options.Sizes ?? $"(max-width: {W(width)}px) 100vw, {W(width)}px")).Append('"');
        }

        html.Append(" width=\"").Append(W(width)).Append("\" height=\"").Append(W(height)).Append('"');
        html.Append(" alt=\"").Append(Encode(options.Alt)).Append('"');
        if (options.CssClass is { Length: > 0 } css)
        {
            html.Append(" class=\"").Append(Encode(css)).Append('"');
        }

        html.Append(options.Eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"").Append(" decoding=\"async\">");
        return html.ToString();
    }

    /// <summary>The widths to offer for a render <paramref name="width"/> wide: same shape, at most the source's width.</summary>
    private static List<(int Width, MediaResize Resize)> Candidates(int sourceWidth, int sourceHeight, MediaResize resize, int width, IEnumerable<MediaProfile> profiles)
    {
        var widths = new SortedSet<int> { width };
        foreach (var w in SrcsetWidths.Concat(profiles.Where(p => SameShape(p, resize)).Select(p => p.Width)).Append(width * 2))
        {
            // From a quarter (a phone showing a wide picture) to twice (a sharp screen) of the render's width.
            if (w >= width / 4 && w <= width * 2 && w <= sourceWidth)
            {
                widths.Add(w);
            }
        }

        var aspect = resize.Width is { } rw && resize.Height is { } rh && resize.Mode is not MediaResizeMode.Max and not MediaResizeMode.Min ? (double)rh / rw : (double?)null;
        return widths.TakeLast(MaxCandidates).Select(w => (w, w == width ? resize : resize with
        {
            Width = w,
            Height = aspect is { } a ? Math.Max(1, (int)Math.Round(w * a)) : null,
            Profile = null,
        })).Where(c => MediaRenderedSize.Of(sourceWidth, sourceHeight, c.Item2.Width, c.Item2.Height, c.Item2.Mode).Width == c.w).ToList();
    }

    private static bool SameShape(MediaProfile profile, MediaResize resize)
        => profile.Width > 0 && profile.Mode == resize.Mode && string.Equals(profile.Format, resize.Format, StringComparison.OrdinalIgnoreCase)
            && (profile.Height == 0 ? resize.Height is null : resize.Height is { } h && resize.Width is { } w && Math.Abs(((double)profile.Height / profile.Width) - ((double)h / w)) < 0.01);

    private static string W(int pixels) => pixels.ToString(CultureInfo.InvariantCulture);

    private static string Encode(string text) => DisplayValues.Encode(text);
}
