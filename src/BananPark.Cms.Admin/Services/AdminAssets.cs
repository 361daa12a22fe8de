using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services;

/// <summary>
/// The admin's stylesheet and script, embedded in the assembly and served by the site itself with a
/// content hash in their URLs, so browsers may keep them for a year and still get every change.
/// </summary>
public static class AdminAssets
{
    private static readonly Asset Stylesheet = Asset.Load("admin.css", "text/css; charset=utf-8");
    private static readonly Asset Script = Asset.Load("admin.js", "text/javascript; charset=utf-8");
    private static readonly Asset MediaFieldScript = Asset.Load("media-field.js", "text/javascript; charset=utf-8");

    public static string StylesheetUrl => Stylesheet.Url;

    public static string ScriptUrl => Script.Url;

    /// <summary>The media field's picker and upload-in-place.</summary>
    public static string MediaFieldScriptUrl => MediaFieldScript.Url;

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder endpoints)
    {
        foreach (var asset in new[] { Stylesheet, Script, MediaFieldScript })
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
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var path = $"/admin-assets/{name}";
            return new Asset(path, $"{path}?v={Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]}", bytes, contentType);
        }
    }
}
