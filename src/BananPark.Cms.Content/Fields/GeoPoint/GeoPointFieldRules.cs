using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Content.Fields.GeoPoint;

/// <summary>
/// Both coordinates or neither (half a point is no place), both when required, latitude from -90 to 90 and
/// longitude from -180 to 180. Shown to people as "latitude, longitude".
/// </summary>
public sealed class GeoPointFieldRules : FieldKindRules<GeoPointField>
{
    public override string? Validate(FieldSlot slot, FieldRuleContext context)
    {
        var latitude = slot.Numbers("Latitude").Cast<decimal?>().FirstOrDefault();
        var longitude = slot.Numbers("Longitude").Cast<decimal?>().FirstOrDefault();
        if (latitude is null && longitude is null)
        {
            return slot.Required(slot.Field.GetSettings<GeoPointFieldSettings>().Required, present: false);
        }

        if (latitude is null || longitude is null)
        {
            return $"{slot.Label}: enter both the latitude and the longitude, or neither.";
        }

        if (Math.Abs(latitude.Value) > GeoPointField.MaxLatitude)
        {
            return $"{slot.Label}: the latitude must be between -90 and 90 degrees.";
        }

        return Math.Abs(longitude.Value) > GeoPointField.MaxLongitude ? $"{slot.Label}: the longitude must be between -180 and 180 degrees." : null;
    }

    public override string? Text(JsonObject value, ContentPartFieldDefinition field)
    {
        var latitude = ValueReader.Numbers(value, "Latitude").Cast<decimal?>().FirstOrDefault();
        var longitude = ValueReader.Numbers(value, "Longitude").Cast<decimal?>().FirstOrDefault();
        return latitude is null && longitude is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{latitude?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {longitude?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
    }
}
