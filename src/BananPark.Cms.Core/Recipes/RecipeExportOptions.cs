namespace BananPark.Cms.Core.Recipes;

/// <summary>What an export includes. Null means everything.</summary>
public sealed record RecipeExportOptions
{
    /// <summary>Everything: every step, every content type.</summary>
    public static RecipeExportOptions All { get; } = new();

    /// <summary>Step names to write (e.g. <c>ContentDefinition</c>, <c>Content</c>), or null for all.</summary>
    public IReadOnlySet<string>? Steps { get; init; }

    /// <summary>Content types whose definitions and items are written, or null for all.</summary>
    public IReadOnlySet<string>? ContentTypes { get; init; }

    /// <summary>Only these items (by content item id), or null for every item of the included types.</summary>
    public IReadOnlySet<string>? ContentItemIds { get; init; }

    /// <summary>True when the step is included.</summary>
    public bool Includes(string step) => Steps is null || Steps.Contains(step);

    /// <summary>True when the content type is included.</summary>
    public bool IncludesType(string contentType) => ContentTypes is null || ContentTypes.Contains(contentType);

    /// <summary>True when the item is included (its type must be included too).</summary>
    public bool IncludesItem(ContentManagement.ContentItem item)
        => IncludesType(item.ContentType) && (ContentItemIds is null || ContentItemIds.Contains(item.ContentItemId));
}
