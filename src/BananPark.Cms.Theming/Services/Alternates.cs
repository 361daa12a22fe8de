namespace BananPark.Cms.Theming.Services;

/// <summary>Template names to try, most specific first. The first one the theme has is used.</summary>
public static class Alternates
{
    /// <summary>The display type of a full page.</summary>
    public const string Detail = "Detail";

    /// <summary><c>Content-{Type}-{Display}</c> → <c>Content-{Type}</c> → <c>Content-{Display}</c> → <c>Content</c>; Detail drops the display parts.</summary>
    public static IReadOnlyList<string> ForContent(string contentType, string displayType)
        => string.Equals(displayType, Detail, StringComparison.Ordinal)
            ? [$"Content-{contentType}", "Content"]
            : [$"Content-{contentType}-{displayType}", $"Content-{contentType}", $"Content-{displayType}", "Content"];

    /// <summary>A list page of one type: <c>List-{Type}</c> → <c>List</c>.</summary>
    public static IReadOnlyList<string> ForList(string contentType) => [$"List-{contentType}", "List"];
}
