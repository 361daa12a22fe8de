using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata;

namespace BananPark.Cms.Media.Processing;

/// <summary>
/// The process's one ImageSharp <see cref="Configuration"/> for media (a memory pool bounded by
/// <c>Cms:Media:MemoryPoolMegabytes</c>, not the library's default that grows with the machine) and the limits on the
/// decodes that run at once (uploads and renders alike): how many (<c>Cms:Media:MaxConcurrentRenders</c>) and how many
/// bytes of pixels together (<see cref="MediaDecodeBudget"/>, <c>Cms:Media:DecodeMemoryMegabytes</c>), so a burst of
/// requests cannot take all memory. Only the four
/// kinds the library accepts are known to it, and a GIF decode never reads more than <c>Cms:Media:MaxFrames</c> frames.
/// </summary>
public sealed class MediaImaging : IDisposable
{
    /// <summary>What one pixel is counted for: a decoded RGBA pixel, which also covers the decoder's working buffers of RGB.</summary>
    public const int BytesPerPixel = 4;

    private readonly SemaphoreSlim _slots;
    private readonly MediaDecodeBudget _budget;

    public MediaImaging(IOptions<MediaOptions> options)
    {
        var value = options.Value;
        var allocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = value.MemoryPoolMegabytes });
        Configuration = Create(allocator, new GifDecoder { MaxFrames = (uint)value.MaxFrames });
        FirstFrameConfiguration = Create(allocator, new GifDecoder { MaxFrames = 1, DecodingMode = FrameDecodingMode.First });
        _slots = new SemaphoreSlim(value.MaxConcurrentRenders, value.MaxConcurrentRenders);
        _budget = new MediaDecodeBudget(value.DecodeMemoryMegabytes * 1024L * 1024L);
        MaxPixelCount = value.MaxPixelCount;
    }

    /// <summary>The most pixels (all frames together) an upload may have: what a decode of unknown size is counted for.</summary>
    public long MaxPixelCount { get; }

    /// <summary>The configuration every decode and encode of the media library uses.</summary>
    public Configuration Configuration { get; }

    /// <summary>The same, but an animated GIF decodes to its first frame only: for renders to a still format.</summary>
    public Configuration FirstFrameConfiguration { get; }

    /// <summary>
    /// Waits until a decode of <paramref name="pixels"/> pixels (all frames) fits in the memory budget, then for a free
    /// slot (always in that order, so no two callers wait for each other); dispose the result to give both back.
    /// </summary>
    public async Task<IDisposable> EnterAsync(long pixels, CancellationToken cancellationToken)
    {
        var reservation = await _budget.ReserveAsync(pixels * BytesPerPixel, cancellationToken);
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch
        {
            reservation.Dispose();
            throw;
        }

        return new Slot(_slots, reservation);
    }

    public void Dispose()
    {
        _slots.Dispose();
        Configuration.MemoryAllocator.ReleaseRetainedResources();
    }

    // A configuration of its own (Configuration.Default.Clone() would share, and change, the default's decoders).
    private static Configuration Create(MemoryAllocator allocator, GifDecoder gif)
    {
        var configuration = new Configuration(new JpegConfigurationModule(), new PngConfigurationModule(), new GifConfigurationModule(), new WebpConfigurationModule())
        {
            MemoryAllocator = allocator,
            MaxDegreeOfParallelism = 1,
        };
        configuration.ImageFormatsManager.SetDecoder(GifFormat.Instance, gif);
        return configuration;
    }

    private sealed class Slot(SemaphoreSlim slots, IDisposable reservation) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
                reservation.Dispose();
            }
        }
    }
}
