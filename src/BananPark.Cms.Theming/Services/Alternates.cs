using System.Collections.Concurrent;

namespace BananPark.Cms.Theming.Services;

/// <summary>Template names to try, most specific first. The first one the theme has is used.</summary>
public static class Alternates
{
    /// <summary>The display type of a full page.</summary>
    public const string Detail = "Detail";

    // Types and display types are few (the definitions, the templates), and a list page asks for the same pair fifty times.
    private static readonly ConcurrentDictionary<(string Type, string Display), string[]> Known = new();

    /// <summary><c>Content-{Type}-{Display}</c> → <c>Content-{Type}</c> → <c>Content-{Display}</c> → <c>Content</c>; Detail drops the display parts.</summary>
    public static IReadOnlyList<string> ForContent(string contentType, string displayType)
        => Known.GetOrAdd((contentType, displayType), key => string.Equals(key.Display, Detail, StringComparison.Ordinal)
            ? [$"Content-{key.Type}", "Content"]
            : [$"Content-{key.Type}-{key.Display}", $"Content-{key.Type}", $"Content-{key.Display}", "Content"]);

    /// <summary>A list page of one type: <c>List-{Type}</c> → <c>List</c>.</summary>
    public static IReadOnlyList<string> ForList(string contentType) => [$"List-{contentType}", "List"];
}
