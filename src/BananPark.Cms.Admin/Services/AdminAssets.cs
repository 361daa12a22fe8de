using System.Reflection;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BananPark.Cms.Admin.Services;

/// <summary>The admin stylesheet, embedded in the assembly and served with a content hash in its URL.</summary>
public static class AdminAssets
{
    private static readonly byte[] Stylesheet = Load("admin.css");
    private static readonly string Hash = Convert.ToHexStringLower(SHA256.HashData(Stylesheet))[..12];

    public static string StylesheetUrl { get; } = $"/admin-assets/admin.css?v={Hash}";

    public static IEndpointRouteBuilder MapAdminAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/admin-assets/admin.css", (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(Stylesheet, "text/css; charset=utf-8");
        }).AllowAnonymous();
        return endpoints;
    }

    private static byte[] Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
