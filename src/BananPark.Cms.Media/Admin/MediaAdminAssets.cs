using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Media.Admin;

/// <summary>
/// The library screen's script and stylesheet, embedded in the assembly and served by the site itself (no CDN)
/// with a content hash in their URLs, so browsers keep them a year and still get every change.
/// </summary>
public static class MediaAdminAssets
{
    private static readonly Asset Script = Asset.Load("media-library.js", "text/javascript; charset=utf-8");
    private static readonly Asset Stylesheet = Asset.Load("media-library.css", "text/css; charset=utf-8");

    /// <summary>The script's fingerprinted URL.</summary>
    public static string ScriptUrl => Script.Url;

    /// <summary>The stylesheet's fingerprinted URL.</summary>
    public static string StylesheetUrl => Stylesheet.Url;

    /// <summary>Maps both assets under <c>/admin-assets/</c>, anonymous (they hold no data).</summary>
    public static IEndpointRouteBuilder MapMediaAdminAssets(this IEndpointRouteBuilder endpoints)
    {
        foreach (var asset in new[] { Script, Stylesheet })
        {
            endpoints.MapGet(asset.Path, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                return Results.Bytes(asset.Bytes, asset.ContentType);
            }).AllowAnonymous();
        }

        return endpoints;
    }

    private sealed record Asset(string Path, string Url, byte[] Bytes, string ContentType)
    {
        public static Asset Load(string name, string contentType)
        {
            using var stream = typeof(MediaAdminAssets).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var path = $"/admin-assets/{name}";
            return new Asset(path, $"{path}?v={Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]}", bytes, contentType);
        }
    }
}
