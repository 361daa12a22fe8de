namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a content picker field (Orchard's <c>ContentPickerFieldSettings</c>).</summary>
public sealed class ContentPickerFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>At least one item must be picked.</summary>
    public bool Required { get; set; }

    /// <summary>More than one item may be picked.</summary>
    public bool Multiple { get; set; }

    /// <summary>Any listable type may be picked (same as an empty <see cref="DisplayedContentTypes"/>).</summary>
    public bool DisplayAllContentTypes { get; set; }

    /// <summary>The types that may be picked; empty for every listable type.</summary>
    public IList<string> DisplayedContentTypes { get; init; } = [];

    /// <summary>Placeholder of the search box.</summary>
    public string? Placeholder { get; set; }

    /// <summary>The types that may be picked: <see cref="DisplayedContentTypes"/>, or every listable type when none are named.</summary>
    public IReadOnlyList<string> AllowedTypes(ContentDefinition definition)
        => !DisplayAllContentTypes && DisplayedContentTypes.Count > 0
            ? DisplayedContentTypes.ToList()
            : definition.Types.Where(t => t.TypeSettings.Listable).Select(t => t.Name).ToList();
}
