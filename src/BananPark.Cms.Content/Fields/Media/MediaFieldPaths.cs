namespace BananPark.Cms.Content.Fields.Media;

/// <summary>
/// What a media field may store as a path: a library path (<c>park/hero.jpg</c>: forward slashes, no leading slash,
/// no <c>.</c> or <c>..</c> segment, no backslash, no control character), never a URL or a path on disk.
/// </summary>
public static class MediaFieldPaths
{
    /// <summary>Longest path accepted, in characters.</summary>
    public const int MaxLength = 1024;

    /// <summary>True when <paramref name="path"/> is a library path.</summary>
    public static bool IsValid(string? path)
        => !string.IsNullOrWhiteSpace(path) && path.Length <= MaxLength && path[0] != '/' && !path.Contains('\\', StringComparison.Ordinal)
            && !path.Contains(':', StringComparison.Ordinal) && !path.Any(char.IsControl)
            && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != ".." && segment.Trim() == segment);

    /// <summary>
    /// What an editor typed or pasted, as a library path: trimmed, without a leading <c>/media/</c> (a URL copied from
    /// the library) or <c>/</c>, without a query. Null when what is left is not a library path.
    /// </summary>
    public static string? Normalize(string? typed)
    {
        var path = typed?.Trim();
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var query = path.IndexOfAny(['?', '#']);
        path = query < 0 ? path : path[..query];
        path = path.StartsWith("/media/", StringComparison.OrdinalIgnoreCase) ? path["/media/".Length..] : path.TrimStart('/');
        path = Uri.UnescapeDataString(path);
        return IsValid(path) ? path : null;
    }
}
