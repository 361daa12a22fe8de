using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// A generated picture that compresses like a photo: smooth gradients and waves (sky, fields) under per-pixel noise
/// (sensor grain), so the JPEG carries detail in every block instead of the few bytes a flat image would need.
/// The same seed gives the same bytes.
/// </summary>
public static class PhotoLikeJpeg
{
    /// <summary>12 megapixels, a common camera size.</summary>
    public const int Width = 4000;

    /// <summary>See <see cref="Width"/>.</summary>
    public const int Height = 3000;

    /// <summary>A JPEG of <paramref name="width"/> × <paramref name="height"/> at quality 90, as a camera would save it.</summary>
    public static byte[] Create(int width = Width, int height = Height, uint seed = 2026)
    {
        using var image = new Image<Rgb24>(width, height);
        var state = seed | 1;
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                var v = (double)y / height;
                for (var x = 0; x < row.Length; x++)
                {
                    var u = (double)x / width;
                    var wave = Math.Sin(u * 37 + Math.Sin(v * 11) * 3) * Math.Cos(v * 23 + u * 5);
                    row[x] = new Rgb24(
                        Channel(90 + (150 * v) + (40 * wave), ref state),
                        Channel(120 + (80 * u) + (50 * wave), ref state),
                        Channel(200 - (120 * v) + (30 * wave), ref state));
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 90 });
        return output.ToArray();
    }

    private static byte Channel(double value, ref uint state)
    {
        // xorshift32: cheap grain of ±12 levels.
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return (byte)Math.Clamp(value + ((int)(state % 25) - 12), 0, 255);
    }
}
