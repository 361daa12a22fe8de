using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Where to go after signing in: only a path on this site. Anything else (other hosts, protocol-
/// relative or backslash tricks, control characters, schemes) lands on <see cref="Fallback"/>. A local
/// path keeps its meaning but is returned as ASCII: spaces and non-ASCII characters (an ideographic or
/// no-break space, a Chinese search word) are percent-encoded as UTF-8, since a redirect's Location
/// header may hold nothing else (the server would answer 500).
/// </summary>
public static class ReturnUrls
{
    public const string Fallback = "/admin";

    /// <summary>
    /// Answers with a 302 to <see cref="Safe"/>(<paramref name="returnUrl"/>), written as it is: NavigationManager
    /// would make it absolute through <see cref="Uri"/>, which decodes the percent-encoding again. The page renders
    /// nothing of its own after calling it.
    /// </summary>
    public static void Redirect(HttpContext context, string? returnUrl)
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = Safe(returnUrl);
        context.Response.Headers.CacheControl = "no-store";
    }

    public static string Safe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048)
        {
            return Fallback;
        }

        var decoded = Uri.UnescapeDataString(returnUrl);
        var local = returnUrl[0] == '/'
            && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl)
            && !decoded.Any(char.IsControl)
            && !decoded.StartsWith("//", StringComparison.Ordinal)
            && !decoded.StartsWith("/\\", StringComparison.Ordinal)
            && !decoded.Contains('\\', StringComparison.Ordinal);
        return local ? Ascii(returnUrl) : Fallback;
    }

    /// <summary><paramref name="url"/> with every character outside printable ASCII percent-encoded (UTF-8).</summary>
    private static string Ascii(string url)
    {
        if (url.All(c => c is > ' ' and <= '~'))
        {
            return url;
        }

        var ascii = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and <= '~')
            {
                ascii.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                ascii.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return ascii.ToString();
    }
}
