namespace BananPark.Cms.Theming.Services;

/// <summary>A theme's <c>theme.json</c>, plus where it was found.</summary>
public sealed record ThemeManifest
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public string? Version { get; init; }

    public string? Author { get; init; }

    /// <summary>Absolute folder of the theme.</summary>
    public string Folder { get; init; } = "";

    public string ViewsFolder => System.IO.Path.Combine(Folder, "Views");

    public string AssetsFolder => System.IO.Path.Combine(Folder, "wwwroot");
}
