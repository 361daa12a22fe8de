namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Where to go after signing in: only a path on this site. Anything else (other hosts, protocol-
/// relative or backslash tricks, control characters, schemes) lands on <see cref="Fallback"/>.
/// </summary>
public static class ReturnUrls
{
    public const string Fallback = "/admin";

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
        return local ? returnUrl : Fallback;
    }
}
