namespace BananPark.Cms.Tenancy.Urls;

/// <summary>The site's public address. Bound from the <c>Cms</c> section (<c>Cms:PublicUrl</c>) and checked at start.</summary>
public sealed class PublicUrlOptions
{
    /// <summary>
    /// Absolute http:// or https:// URL visitors use, e.g. <c>https://www.example.org/</c> (a path is kept: the
    /// site may live under one). Empty: each request's own scheme and host.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>What is wrong with <see cref="PublicUrl"/>, or null when it is empty or reads.</summary>
    public string? Problem()
        => string.IsNullOrWhiteSpace(PublicUrl) || (Uri.TryCreate(PublicUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0 && uri.Query.Length == 0 && uri.Fragment.Length == 0)
            ? null
            : $"Cms:PublicUrl: '{PublicUrl}' is not an absolute http:// or https:// URL without a query, such as https://www.example.org/.";
}
