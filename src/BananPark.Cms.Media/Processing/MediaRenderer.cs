using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Processing;

namespace BananPark.Cms.Media.Processing;

/// <summary>Renders one resize of an original with ImageSharp, inside a render slot of <see cref="MediaImaging"/>.</summary>
public sealed class MediaRenderer(MediaImaging imaging)
{
    /// <summary>
    /// Writes the render of the original under <paramref name="contentHash"/> into <paramref name="output"/>; false when the original's bytes are gone
    /// (deleted meanwhile).
    /// </summary>
    public async Task<bool> RenderAsync(IMediaFileStore store, string contentHash, MediaResize resize, MediaKind format, FocalPoint? focal, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(resize);
        await using var source = await store.OpenReadAsync(contentHash, cancellationToken);
        if (source is null)
        {
            return false;
        }

        await using var seekable = source.CanSeek ? null : new MemoryStream();
        if (seekable is not null)
        {
            await source.CopyToAsync(seekable, cancellationToken);
        }

        var input = seekable ?? source;
        input.Position = 0;
        var pixels = await PixelsAsync(input, format, cancellationToken);
        using (await imaging.EnterAsync(pixels, cancellationToken))
        {
            // Only a GIF render keeps an animation; any other format gets the first frame, decoded alone.
            input.Position = 0;
            using var image = await Image.LoadAsync(format == MediaKind.Gif ? imaging.Configuration : imaging.FirstFrameConfiguration, input, cancellationToken);
            image.Mutate(x => x.Resize(Options(resize, focal, format, image.Size())));
            MediaUploadPipeline.StripMetadata(image);
            await image.SaveAsync(output, MediaUploadPipeline.Encoder(format, resize.Quality), cancellationToken);
            return true;
        }
    }

    /// <summary>
    /// The pixels the decode will hold, from the header alone: one frame, or, for a GIF render (which keeps the
    /// animation) and an animated WebP (whose decoder reads every frame), all frames, which the upload bounded by
    /// <c>Cms:Media:MaxPixels</c> together.
    /// </summary>
    private async Task<long> PixelsAsync(Stream input, MediaKind format, CancellationToken cancellationToken)
    {
        var head = new byte[32];
        var read = await input.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        input.Position = 0;
        var info = await Image.IdentifyAsync(imaging.Configuration, input, cancellationToken);
        var frame = info is null ? imaging.MaxPixelCount : (long)info.Width * info.Height;
        var animated = format == MediaKind.Gif || (MediaKind.Sniff(head.AsSpan(0, read)) == MediaKind.WebP && MediaFrames.IsAnimatedWebP(head.AsSpan(0, read)));
        return animated ? Math.Max(frame, imaging.MaxPixelCount) : frame;
    }

    /// <summary>ImageSharp's options for Orchard's commands: the same mode names, the focal point as the crop's centre.</summary>
    public static ResizeOptions Options(MediaResize resize, FocalPoint? focal, MediaKind format, Size source)
    {
        ArgumentNullException.ThrowIfNull(resize);
        ArgumentNullException.ThrowIfNull(format);
        // One side given: the other follows the source's aspect here (ImageSharp's own rounding can lose a pixel).
        var width = resize.Width ?? Math.Max(1, (int)Math.Round((double)resize.Height!.Value * source.Width / source.Height));
        var height = resize.Height ?? Math.Max(1, (int)Math.Round((double)resize.Width!.Value * source.Height / source.Width));
        var options = new ResizeOptions
        {
            Size = new Size(width, height),
            // With one side the box has the source's aspect: every mode but boxpad is a plain scale to it.
            Mode = (resize.Width is null || resize.Height is null) && resize.Mode != MediaResizeMode.BoxPad ? ResizeMode.Stretch : resize.Mode switch
            {
                MediaResizeMode.Crop => ResizeMode.Crop,
                MediaResizeMode.Pad => ResizeMode.Pad,
                MediaResizeMode.BoxPad => ResizeMode.BoxPad,
                MediaResizeMode.Min => ResizeMode.Min,
                MediaResizeMode.Stretch => ResizeMode.Stretch,
                _ => ResizeMode.Max,
            },
            PadColor = resize.BackgroundColor is { } hex && Color.TryParseHex(hex, out var color) ? color
                : format == MediaKind.Jpeg ? Color.White : Color.Transparent,
        };
        if (focal is { IsValid: true } point)
        {
            options.CenterCoordinates = new PointF((float)point.X, (float)point.Y);
        }

        return options;
    }
}
