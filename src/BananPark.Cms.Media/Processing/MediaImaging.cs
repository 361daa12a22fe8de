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
/// <c>Cms:Media:MemoryPoolMegabytes</c>, not the library's default that grows with the machine) and the limit on how
/// many decodes run at once (uploads and renders alike), so a burst of requests cannot take all memory. Only the four
/// kinds the library accepts are known to it, and a GIF decode never reads more than <c>Cms:Media:MaxFrames</c> frames.
/// </summary>
public sealed class MediaImaging : IDisposable
{
    private readonly SemaphoreSlim _slots;

    public MediaImaging(IOptions<MediaOptions> options)
    {
        var value = options.Value;
        var allocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = value.MemoryPoolMegabytes });
        Configuration = Create(allocator, new GifDecoder { MaxFrames = (uint)value.MaxFrames });
        FirstFrameConfiguration = Create(allocator, new GifDecoder { MaxFrames = 1, DecodingMode = FrameDecodingMode.First });
        _slots = new SemaphoreSlim(value.MaxConcurrentRenders, value.MaxConcurrentRenders);
    }

    /// <summary>The configuration every decode and encode of the media library uses.</summary>
    public Configuration Configuration { get; }

    /// <summary>The same, but an animated GIF decodes to its first frame only: for renders to a still format.</summary>
    public Configuration FirstFrameConfiguration { get; }

    /// <summary>Waits for a free slot; dispose the result to give it back.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
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

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
