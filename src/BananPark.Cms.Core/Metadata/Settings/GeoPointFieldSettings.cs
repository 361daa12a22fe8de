namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>Settings of a geo point field (Orchard's <c>GeoPointFieldSettings</c>).</summary>
public sealed class GeoPointFieldSettings
{
    /// <summary>Help text for editors.</summary>
    public string? Hint { get; set; }

    /// <summary>Both latitude and longitude are required.</summary>
    public bool Required { get; set; }
}
