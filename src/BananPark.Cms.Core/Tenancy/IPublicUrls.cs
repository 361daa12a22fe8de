namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// Where the site's absolute links point: <c>Cms:PublicUrl</c> when set (the address visitors use, e.g. behind a
/// proxy or load balancer), else the current request's scheme and host. The one place that builds them.
/// </summary>
public interface IPublicUrls
{
    /// <summary>The base URL, ending in <c>/</c>; null outside a request when <c>Cms:PublicUrl</c> is not set.</summary>
    string? Base { get; }

    /// <summary><paramref name="path"/> (site-relative, with or without its leading <c>/</c>) made absolute; left relative (<c>/path</c>) when <see cref="Base"/> is null.</summary>
    string Absolute(string path);
}
