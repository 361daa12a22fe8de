using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Fields;

/// <summary>
/// A point on the earth in decimal degrees (WGS 84), in Orchard's shape:
/// <c>{"Latitude": 29.5, "Longitude": 106.5}</c>; north and east are positive.
/// </summary>
public sealed class GeoPointField : IContentField
{
    /// <summary>Lowest and highest latitude.</summary>
    public const decimal MaxLatitude = 90;

    /// <summary>Lowest and highest longitude.</summary>
    public const decimal MaxLongitude = 180;

    /// <inheritdoc/>
    public static ContentFieldKind Kind { get; } = new(nameof(GeoPointField), ValueShapes.Of(("Latitude", ValueShape.Number), ("Longitude", ValueShape.Number)))
    {
        DisplayName = "Geo point",
    };

    /// <summary>Degrees north of the equator, -90 to 90.</summary>
    public decimal? Latitude { get; set; }

    /// <summary>Degrees east of Greenwich, -180 to 180.</summary>
    public decimal? Longitude { get; set; }
}
