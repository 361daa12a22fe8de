using System.Buffers.Binary;

namespace BananPark.Cms.Media.Uploads;

/// <summary>
/// How many frames a picture holds, read from its block structure without decoding any pixel: a GIF's image
/// descriptors (its LZW data is skipped sub-block by sub-block), an animated WebP's <c>ANMF</c> chunks. A GIF of
/// thousands of frames on a large canvas is a decompression bomb as surely as one huge frame is.
/// </summary>
public static class MediaFrames
{
    /// <summary>The frames of <paramref name="bytes"/> (1 for still kinds); a damaged structure counts the frames read so far, at least 1.</summary>
    public static int Count(ReadOnlySpan<byte> bytes, MediaKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return kind == MediaKind.Gif ? Math.Max(1, GifFrames(bytes))
            : kind == MediaKind.WebP ? Math.Max(1, WebPFrames(bytes))
            : 1;
    }

    /// <summary>True when a WebP's first bytes (an extended <c>VP8X</c> header) set the animation flag.</summary>
    public static bool IsAnimatedWebP(ReadOnlySpan<byte> head)
        => head.Length >= 21 && head.Slice(12, 4).SequenceEqual("VP8X"u8) && (head[20] & 0x02) != 0;

    private static int GifFrames(ReadOnlySpan<byte> gif)
    {
        // Header (6), logical screen descriptor (7), then the global colour table when its flag is set.
        if (gif.Length < 13)
        {
            return 0;
        }

        var at = 13 + ColourTable(gif[10]);
        var frames = 0;
        while (at < gif.Length)
        {
            switch (gif[at])
            {
                case 0x2C:
                    // Image descriptor: separator, left, top, width, height (2 each), flags; a local colour table; the LZW code size.
                    if (at + 10 >= gif.Length)
                    {
                        return frames;
                    }

                    frames++;
                    at = SkipSubBlocks(gif, at + 10 + ColourTable(gif[at + 9]) + 1);
                    break;
                case 0x21:
                    // Extension: introducer, label, then sub-blocks.
                    at = SkipSubBlocks(gif, at + 2);
                    break;
                default:
                    // 0x3B is the trailer; anything else ends what can be read.
                    return frames;
            }
        }

        return frames;
    }

    private static int ColourTable(byte flags) => (flags & 0x80) != 0 ? 3 << ((flags & 0x07) + 1) : 0;

    private static int SkipSubBlocks(ReadOnlySpan<byte> gif, int at)
    {
        while (at < gif.Length)
        {
            var size = gif[at];
            at += 1 + size;
            if (size == 0)
            {
                return at;
            }
        }

        return int.MaxValue;
    }

    private static int WebPFrames(ReadOnlySpan<byte> webp)
    {
        // RIFF (4), size (4), WEBP (4), then chunks: four-character code, little-endian size, data padded to an even length.
        var frames = 0;
        long at = 12;
        while (at + 8 <= webp.Length)
        {
            var chunk = webp.Slice((int)at, 8);
            if (chunk[..4].SequenceEqual("ANMF"u8))
            {
                frames++;
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            at += 8 + size + (size & 1);
        }

        return frames;
    }
}
