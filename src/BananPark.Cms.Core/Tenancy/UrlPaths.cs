namespace BananPark.Cms.Core.Tenancy;

/// <summary>Local URLs as links, crawlers and HTTP headers need them: each segment percent-encoded (a Chinese route is UTF-8 bytes).</summary>
public static class UrlPaths
{
    /// <summary><paramref name="path"/> (<c>/园区/概况</c>) with every segment escaped (<c>/%E5%9B%AD%E5%8C%BA/…</c>); slashes kept.</summary>
    public static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
