using BananPark.Cms.Core.Media;
using BananPark.Cms.Media;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Processing;

namespace BananPark.Cms.Benchmarks;

/// <summary>
/// Thumbnails per second: a 12-megapixel photo-like JPEG (<see cref="PhotoLikeJpeg"/>, generated in the setup) resized
/// to 480 px wide and saved as JPEG at quality 90, through the renderer <c>/media</c> uses (its ImageSharp configuration,
/// render slot, metadata stripping and encoder; the original read from memory and the disk cache bypassed, so every
/// operation renders) against ImageSharp 2.1.13 called directly with its defaults, the <c>Ratio</c> baseline of the same
/// run. "ImageSharp, one thread" separates the renderer's one choice that costs time on its own, one thread per render
/// (<c>MaxDegreeOfParallelism = 1</c>: concurrent requests share the cores instead of each taking all of them), from the
/// rest of the pipeline. Each output is checked in the setup to be a 480 × 360 JPEG.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class MediaBenchmarks : IDisposable
{
    private const int ThumbnailWidth = 480;
    private const int JpegQuality = MediaUploadPipeline.StoredQuality;

    private static readonly MediaResize Thumbnail = new() { Width = ThumbnailWidth };

    private byte[] _photo = [];
    private string _hash = "";
    private MemoryMediaFileStore _store = null!;
    private MediaImaging _imaging = null!;
    private MediaRenderer _renderer = null!;
    private Configuration _oneThread = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _photo = PhotoLikeJpeg.Create();
        _hash = ContentHashes.Of(_photo);
        _store = new MemoryMediaFileStore(_hash, _photo);
        _imaging = new MediaImaging(Options.Create(new MediaOptions()));
        _renderer = new MediaRenderer(_imaging);
        _oneThread = Configuration.Default.Clone();
        _oneThread.MaxDegreeOfParallelism = 1;
        Console.WriteLine($"// Photo: {PhotoLikeJpeg.Width} × {PhotoLikeJpeg.Height}, {_photo.Length / 1024.0 / 1024.0:F1} MiB as JPEG.");

        Check(nameof(ImageSharp), ImageSharp());
        Check(nameof(ImageSharpOneThread), ImageSharpOneThread());
        Check(nameof(Renderer), await Renderer());
        Check(nameof(RendererWebP), await RendererWebP(), "image/webp");
    }

    [Benchmark(Baseline = true, Description = "ImageSharp")]
    public byte[] ImageSharp() => Direct(Configuration.Default);

    [Benchmark(Description = "ImageSharp, one thread")]
    public byte[] ImageSharpOneThread() => Direct(_oneThread);

    [Benchmark(Description = "MediaRenderer")]
    public Task<byte[]> Renderer() => RenderAsync(MediaKind.Jpeg);

    /// <summary>What a browser that accepts WebP gets for the same URL.</summary>
    [Benchmark(Description = "MediaRenderer, WebP")]
    public Task<byte[]> RendererWebP() => RenderAsync(MediaKind.WebP);

    public void Dispose()
    {
        _imaging?.Dispose();
        GC.SuppressFinalize(this);
    }

    private byte[] Direct(Configuration configuration)
    {
        using var image = Image.Load(configuration, _photo);
        image.Mutate(x => x.Resize(ThumbnailWidth, 0));
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = JpegQuality });
        return output.ToArray();
    }

    private async Task<byte[]> RenderAsync(MediaKind format)
    {
        using var output = new MemoryStream();
        if (!await _renderer.RenderAsync(_store, _hash, Thumbnail, format, null, output, CancellationToken.None))
        {
            throw new InvalidOperationException("The renderer found no original.");
        }

        return output.ToArray();
    }

    private static void Check(string name, byte[] output, string mimeType = "image/jpeg")
    {
        var info = Image.Identify(output, out var format);
        if (info is not { Width: ThumbnailWidth, Height: ThumbnailWidth * PhotoLikeJpeg.Height / PhotoLikeJpeg.Width } || format?.DefaultMimeType != mimeType)
        {
            throw new InvalidOperationException($"{name} made {info?.Width}×{info?.Height} {format?.DefaultMimeType}, not a {ThumbnailWidth}-pixel-wide {mimeType}: nothing to measure.");
        }
    }

    private sealed class Columns : ManualConfig
    {
        public Columns() => AddColumn(new PerSecondColumn("Thumbnails/s"));
    }
}
