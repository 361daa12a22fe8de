using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace BananPark.Cms.Media.Uploads;

/// <summary>
/// The checks every file goes through before anything is stored, cheapest first: the name, the size (reading stops
/// at the limit), the kind from the bytes, the pixel count from the header (<c>Image.Identify</c>, before any
/// decoding), the frames of an animation counted from its structure (<see cref="MediaFrames"/>), then the decode
/// that applies the orientation and drops EXIF (GPS included), XMP and IPTC. A picture that decodes whole and carries
/// none of these is kept byte for byte.
/// </summary>
public sealed class MediaUploadPipeline(IOptions<MediaOptions> options, MediaImaging imaging)
{
    /// <summary>Quality of re-encoded JPEG and WebP pictures.</summary>
    public const int StoredQuality = 90;

    /// <summary>Checks and cleans one upload; a refusal means nothing may be stored.</summary>
    public async Task<(PreparedUpload? Upload, MediaRefusal? Refusal)> PrepareAsync(Stream content, string clientFileName, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var slug = MediaNames.FileSlug(clientFileName);
        if (slug is null)
        {
            return Refuse(MediaRefusalCode.BadName, "The file name is empty or has characters that are not allowed (folders, control characters).");
        }

        var bytes = await ReadAtMostAsync(content, limits.MaxUploadBytes, cancellationToken);
        if (bytes is null)
        {
            return Refuse(MediaRefusalCode.TooLarge, $"The file is larger than {limits.MaxUploadMegabytes} MB.");
        }

        if (bytes.Length == 0)
        {
            return Refuse(MediaRefusalCode.Empty, "The file is empty.");
        }

        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 512));
        var kind = MediaKind.Sniff(head);
        if (kind is null)
        {
            return MediaKind.LooksLikeSvg(head)
                ? Refuse(MediaRefusalCode.Svg, "SVG files are not accepted (they can carry scripts); upload a PNG or WebP instead.")
                : Refuse(MediaRefusalCode.UnsupportedKind, "This file is not a JPEG, PNG, WebP, GIF or PDF (whatever its name says).");
        }

        var fileName = slug + "." + kind.Extension;
        if (!kind.IsImage)
        {
            return (new PreparedUpload(bytes, kind, fileName, null, null, ContentHashes.Of(bytes)), null);
        }

        var (pixels, refusal) = Measure(bytes, kind, limits);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        // Counted from the header, all frames, before any decode: the decode waits until that much memory is free.
        using (await imaging.EnterAsync(pixels, cancellationToken))
        {
            return Clean(bytes, kind, fileName);
        }
    }

    /// <summary>The pixels of all frames, read from the header and the file's structure, or why the picture is refused.</summary>
    private (long Pixels, MediaRefusal? Refusal) Measure(byte[] bytes, MediaKind kind, MediaOptions limits)
    {
        IImageInfo? info;
        try
        {
            info = Image.Identify(imaging.Configuration, new MemoryStream(bytes, writable: false), out _);
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            info = null;
        }

        if (info is null || info.Width <= 0 || info.Height <= 0)
        {
            return (0, new MediaRefusal(MediaRefusalCode.Corrupt, "The picture cannot be read: it is damaged or not what it claims to be."));
        }

        if ((long)info.Width * info.Height > limits.MaxPixelCount || info.Width > limits.MaxWidthOrHeight || info.Height > limits.MaxWidthOrHeight)
        {
            return (0, new MediaRefusal(MediaRefusalCode.TooManyPixels,
                $"The picture is {info.Width} × {info.Height} pixels; at most {limits.MaxPixels} megapixels and {limits.MaxWidthOrHeight} pixels a side are accepted."));
        }

        var frames = MediaFrames.Count(bytes, kind);
        if (frames > limits.MaxFrames)
        {
            return (0, new MediaRefusal(MediaRefusalCode.TooManyFrames, $"The animation has {frames} frames; at most {limits.MaxFrames} are accepted."));
        }

        if ((long)info.Width * info.Height * frames > limits.MaxPixelCount)
        {
            return (0, new MediaRefusal(MediaRefusalCode.TooManyFrames,
                $"The animation has {frames} frames of {info.Width} × {info.Height} pixels; all frames together may have at most {limits.MaxPixels} megapixels."));
        }

        return ((long)info.Width * info.Height * frames, null);
    }

    private (PreparedUpload?, MediaRefusal?) Clean(byte[] bytes, MediaKind kind, string fileName)
    {
        try
        {
            using var image = Image.Load(imaging.Configuration, bytes);
            if (HasNothingToStrip(image))
            {
                // Decoded whole, so sound; nothing to strip, so re-encoding would only lose quality (and change the
                // hash of a file exported and imported again).
                return (new PreparedUpload(bytes, kind, fileName, image.Width, image.Height, ContentHashes.Of(bytes)), null);
            }

            image.Mutate(x => x.AutoOrient());
            StripMetadata(image);
            using var output = new MemoryStream();
            image.Save(output, Encoder(kind));
            var cleaned = output.ToArray();
            return (new PreparedUpload(cleaned, kind, fileName, image.Width, image.Height, ContentHashes.Of(cleaned)), null);
        }
        catch (Exception e) when (e is ImageFormatException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return Refuse(MediaRefusalCode.Corrupt, "The picture cannot be read: it is damaged or not what it claims to be.");
        }
    }

    /// <summary>True when no EXIF (so no orientation either), XMP or IPTC is in the picture or any of its frames.</summary>
    internal static bool HasNothingToStrip(Image image)
        => image.Metadata is { ExifProfile: null, XmpProfile: null, IptcProfile: null }
            && image.Frames.All(f => f.Metadata is { ExifProfile: null, XmpProfile: null, IptcProfile: null });

    /// <summary>Drops what a camera or an editor's tool left in the file: EXIF (GPS, serial numbers), XMP, IPTC.</summary>
    internal static void StripMetadata(Image image)
    {
        image.Metadata.ExifProfile = null;
        image.Metadata.XmpProfile = null;
        image.Metadata.IptcProfile = null;
        foreach (var frame in image.Frames)
        {
            frame.Metadata.ExifProfile = null;
            frame.Metadata.XmpProfile = null;
            frame.Metadata.IptcProfile = null;
        }
    }

    /// <summary>The encoder that writes <paramref name="kind"/>.</summary>
    internal static IImageEncoder Encoder(MediaKind kind, int? quality = null) => kind.Extension switch
    {
        "jpg" => new JpegEncoder { Quality = quality ?? StoredQuality },
        "png" => new PngEncoder(),
        "gif" => new GifEncoder(),
        _ => new WebpEncoder { Quality = quality ?? StoredQuality },
    };

    /// <summary>The whole stream, or null as soon as it is longer than <paramref name="limit"/> (the rest is never read).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static (PreparedUpload?, MediaRefusal?) Refuse(MediaRefusalCode code, string message) => (null, new MediaRefusal(code, message));
}
