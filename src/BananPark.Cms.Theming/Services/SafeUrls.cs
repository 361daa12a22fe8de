namespace BananPark.Cms.Theming.Services;

/// <summary>The one check of a stored URL before it becomes a link.</summary>
public static class SafeUrls
{
    /// <summary>The URL when it is http, https, mailto, tel or a local path; otherwise empty (never <c>javascript:</c> or <c>data:</c>).</summary>
    public static string Check(string? url)
    {
        url = url?.Trim() ?? "";
        var safe = (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "tel");
        return safe ? url : "";
    }
}
