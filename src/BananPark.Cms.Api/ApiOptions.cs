using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Api;

/// <summary>Limits of the content API, bound from <c>Cms:Api</c>.</summary>
public sealed class ApiOptions
{
    /// <summary>Items a list returns when <c>limit</c> is not given.</summary>
    [Range(1, 500)]
    public int DefaultPageSize { get; set; } = 20;

    /// <summary>Most items one list page may return (<c>limit</c>).</summary>
    [Range(1, 500)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Largest request body accepted, in bytes; larger gets 413.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest JSON nesting accepted in a body; deeper gets 400.</summary>
    [Range(8, 256)]
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>Requests per minute for each client (application, else user, else address); more gets 429.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>How long shared caches and browsers may keep an anonymous read of published content, in seconds.</summary>
    [Range(0, 86_400)]
    public int AnonymousMaxAgeSeconds { get; set; } = 60;
}
