using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Theming.Endpoints;

/// <summary>
/// The compression a client gets for a page, decided the way the response-compression middleware decides
/// it (highest quality wins, Brotli before gzip on a tie, <c>q=0</c> refuses): cached pages vary by this one
/// value rather than by the raw header, so every browser shares the few compressed copies, and each copy
/// is compressed once, when it is cached.
/// </summary>
public static class PreferredEncoding
{
    private static readonly string[] Supported = ["br", "gzip"];

    public static string Of(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var accepted) || accepted.Count == 0)
        {
            return "identity";
        }

        var best = "identity";
        var bestQuality = 0.0;
        foreach (var encoding in Supported)
        {
            var quality = accepted
                .Where(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) || a.Value.Equals("*", StringComparison.Ordinal))
                .Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0.0).Max();
            if (quality > bestQuality)
            {
                best = encoding;
                bestQuality = quality;
            }
        }

        return best;
    }
}
