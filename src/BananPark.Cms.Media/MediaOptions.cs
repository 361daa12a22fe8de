using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Media;

/// <summary>The <c>Cms:Media</c> settings: what an upload may be and what the resizer may render. Validated on start.</summary>
public sealed class MediaOptions
{
    /// <summary>Orchard's default sizes anyone may ask for without a signature.</summary>
    public static readonly IReadOnlyList<int> DefaultSizes = [16, 32, 50, 100, 160, 240, 480, 600, 1024, 2048];

    /// <summary>The largest upload in megabytes (default 20).</summary>
    [Range(1, 1024)]
    public int MaxUploadMegabytes { get; set; } = 20;

    /// <summary>The most pixels (width × height) a picture may have, in megapixels (default 40).</summary>
    [Range(1, 400)]
    public int MaxPixels { get; set; } = 40;

    /// <summary>The longest side a picture or a render may have, in pixels (default 12,000).</summary>
    [Range(16, 30000)]
    public int MaxWidthOrHeight { get; set; } = 12000;

    /// <summary>
    /// The most frames an animated GIF or WebP may have (default 300). All its frames together must also stay within
    /// <see cref="MaxPixels"/>: both are counted from the file's structure before any frame is decoded.
    /// </summary>
    [Range(1, 10000)]
    public int MaxFrames { get; set; } = 300;

    /// <summary>Sizes allowed unsigned besides <see cref="DefaultSizes"/>.</summary>
    public List<int> AllowedSizes { get; set; } = [];

    /// <summary>How many renders run at once per process (default: the processor count).</summary>
    [Range(1, 64)]
    public int MaxConcurrentRenders { get; set; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>ImageSharp's memory pool limit in megabytes (default 128).</summary>
    [Range(16, 4096)]
    public int MemoryPoolMegabytes { get; set; } = 128;

    /// <summary>
    /// How many megabytes of decoded pixels the decodes running at once may hold together, uploads and renders alike
    /// (default 64), counted as 4 bytes a pixel (all frames of an animation) from the header, before decoding: a decode
    /// waits until it fits, and one larger than the whole runs alone. 64 MB lets one 12-megapixel photo (48 MB) decode at a
    /// time, or several small pictures side by side, within <see cref="MaxConcurrentRenders"/>.
    /// </summary>
    [Range(16, 4096)]
    public int DecodeMemoryMegabytes { get; set; } = 64;

    /// <summary>The render cache folder; empty means <c>App_Data/Sites/{Tenant}/MediaCache</c>.</summary>
    public string CacheFolder { get; set; } = "";

    /// <summary>
    /// Memory in megabytes for media responses already served (default 64; 0 turns it off): the bodies of small originals
    /// and renders, and where to read larger ones, so a repeated request reads no row and renders nothing.
    /// </summary>
    [Range(0, 4096)]
    public int ResponseCacheMegabytes { get; set; } = 64;

    /// <summary>The largest body kept in that memory, in kilobytes (default 1,024; at most an eighth of the whole).</summary>
    [Range(1, 65536)]
    public int ResponseCacheEntryKilobytes { get; set; } = 1024;

    /// <summary>Uploads one user may make per minute (default 60).</summary>
    [Range(1, 10000)]
    public int UploadsPerUserPerMinute { get; set; } = 60;

    /// <summary>The upload limit in bytes.</summary>
    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;

    /// <summary>The pixel limit as a count.</summary>
    public long MaxPixelCount => MaxPixels * 1_000_000L;

    /// <summary>True when <paramref name="size"/> may be asked for without a signature.</summary>
    public bool IsAllowedSize(int size) => DefaultSizes.Contains(size) || AllowedSizes.Contains(size);
}
