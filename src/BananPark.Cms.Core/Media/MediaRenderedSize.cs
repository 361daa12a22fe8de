namespace BananPark.Cms.Core.Media;

/// <summary>
/// The pixel size a resize produces from a picture of a given size, by ImageSharp 2's <c>ResizeMode</c> rules, so
/// pages can set <c>width</c> and <c>height</c> on every image (no layout shift) without rendering it.
/// </summary>
public static class MediaRenderedSize
{
    /// <summary>
    /// The output size of a resize to <paramref name="width"/> × <paramref name="height"/> in <paramref name="mode"/>, applied to a <paramref name="sourceWidth"/> × <paramref name="sourceHeight"/>
    /// picture. A missing side follows the aspect ratio; no side at all keeps the source's size.
    /// </summary>
    public static (int Width, int Height) Of(int sourceWidth, int sourceHeight, int? width, int? height, MediaResizeMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sourceHeight);
        var w = width is > 0 ? width.Value : 0;
        var h = height is > 0 ? height.Value : 0;
        if (w == 0 && h == 0)
        {
            return (sourceWidth, sourceHeight);
        }

        // One side given: every mode scales by it, keeping the aspect ratio.
        if (w == 0 || h == 0)
        {
            var scale = w > 0 ? (double)w / sourceWidth : (double)h / sourceHeight;
            if (mode == MediaResizeMode.Min && scale > 1)
            {
                return (sourceWidth, sourceHeight);
            }

            return (Scaled(sourceWidth, scale), Scaled(sourceHeight, scale));
        }

        return mode switch
        {
            MediaResizeMode.Max => Fit(sourceWidth, sourceHeight, Math.Min((double)w / sourceWidth, (double)h / sourceHeight)),
            MediaResizeMode.Min => w > sourceWidth || h > sourceHeight
                ? (sourceWidth, sourceHeight)
                : Fit(sourceWidth, sourceHeight, Math.Max((double)w / sourceWidth, (double)h / sourceHeight)),
            _ => (w, h),
        };
    }

    /// <summary>The output size of <paramref name="resize"/> for <paramref name="asset"/>; null for documents (no pixel size).</summary>
    public static (int Width, int Height)? Of(MediaAsset asset, MediaResize resize)
    {
        ArgumentNullException.ThrowIfNull(asset);
        ArgumentNullException.ThrowIfNull(resize);
        return asset is { Width: { } width, Height: { } height } && width > 0 && height > 0
            ? Of(width, height, resize.Width, resize.Height, resize.Mode)
            : null;
    }

    private static (int, int) Fit(int sourceWidth, int sourceHeight, double scale) => (Scaled(sourceWidth, scale), Scaled(sourceHeight, scale));

    private static int Scaled(int side, double scale) => Math.Max(1, (int)Math.Round(side * scale, MidpointRounding.AwayFromZero));
}
