namespace BananPark.Cms.Content.Parts.SeoMeta;

/// <summary>
/// How long each <c>SeoMetaPart</c> value may be. Search engines show about 60 characters of a title and 160 of a
/// description; the limits leave room for Chinese and for editors' drafts without letting a head grow unbounded.
/// </summary>
public static class SeoMetaLimits
{
    /// <summary>Longest page, OpenGraph and Twitter title.</summary>
    public const int Title = 200;

    /// <summary>Longest meta, OpenGraph and Twitter description.</summary>
    public const int Description = 500;

    /// <summary>Longest keyword list.</summary>
    public const int Keywords = 500;

    /// <summary>Longest canonical URL.</summary>
    public const int Url = 2048;

    /// <summary>Longest robots directives, OpenGraph type, Twitter handle or custom tag name.</summary>
    public const int Token = 100;

    /// <summary>Longest custom tag content.</summary>
    public const int TagContent = 1000;

    /// <summary>Most custom meta tags.</summary>
    public const int CustomTags = 20;

    /// <summary>Longest custom JSON-LD, in characters.</summary>
    public const int Schema = 20_000;

    /// <summary>The Twitter card types (developer.x.com cards markup).</summary>
    public static IReadOnlyList<string> TwitterCards { get; } = ["summary", "summary_large_image", "app", "player"];
}
