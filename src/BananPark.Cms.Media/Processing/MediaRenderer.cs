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
        using (await imaging.EnterAsync(cancellationToken))
        {
            Image image;
            await using (var source = await store.OpenReadAsync(contentHash, cancellationToken))
            {
                if (source is null)
                {
                    return false;
                }

                image = await Image.LoadAsync(imaging.Configuration, source, cancellationToken);
            }

            using (image)
            {
                image.Mutate(x => x.Resize(Options(resize, focal, format)));
                MediaUploadPipeline.StripMetadata(image);
                await image.SaveAsync(output, MediaUploadPipeline.Encoder(format, resize.Quality), cancellationToken);
                return true;
            }
        }
    }

    /// <summary>ImageSharp's options for Orchard's commands: the same mode names, the focal point as the crop's centre.</summary>
    public static ResizeOptions Options(MediaResize resize, FocalPoint? focal, MediaKind format)
    {
        ArgumentNullException.ThrowIfNull(resize);
        ArgumentNullException.ThrowIfNull(format);
        var options = new ResizeOptions
        {
            Size = new Size(resize.Width ?? 0, resize.Height ?? 0),
            Mode = resize.Mode switch
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
