namespace BananPark.Cms.Data.Caching;

/// <summary>How much memory the site's one cache may hold. Bound from <c>Cms:Cache</c>.</summary>
public sealed class CacheOptions
{
    /// <summary>Most megabytes of cached values (approximate); past it the least recently used go first. 256 by default.</summary>
    public int SizeLimitMegabytes { get; set; } = 256;
}
