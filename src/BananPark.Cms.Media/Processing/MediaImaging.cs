using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;

namespace BananPark.Cms.Media.Processing;

/// <summary>
/// The process's one ImageSharp <see cref="Configuration"/> for media (a memory pool bounded by
/// <c>Cms:Media:MemoryPoolMegabytes</c>, not the library's default that grows with the machine) and the limit on how
/// many decodes run at once (uploads and renders alike), so a burst of requests cannot take all memory.
/// </summary>
public sealed class MediaImaging : IDisposable
{
    private readonly SemaphoreSlim _slots;

    public MediaImaging(IOptions<MediaOptions> options)
    {
        var value = options.Value;
        Configuration = Configuration.Default.Clone();
        Configuration.MemoryAllocator = MemoryAllocator.Create(new MemoryAllocatorOptions { MaximumPoolSizeMegabytes = value.MemoryPoolMegabytes });
        Configuration.MaxDegreeOfParallelism = 1;
        _slots = new SemaphoreSlim(value.MaxConcurrentRenders, value.MaxConcurrentRenders);
    }

    /// <summary>The configuration every decode and encode of the media library uses.</summary>
    public Configuration Configuration { get; }

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
