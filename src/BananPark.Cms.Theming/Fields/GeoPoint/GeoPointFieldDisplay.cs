using System.Globalization;
using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.GeoPoint;

/// <summary>
/// The coordinates as text in the geo microformat (<c>geo</c> and <c>h-geo</c>), invariant culture:
/// <c>&lt;span class="geo h-geo"&gt;&lt;span class="latitude p-latitude"&gt;29.5&lt;/span&gt;, …&lt;/span&gt;</c>.
/// No map: a tile service or map script would be another site's, and the site must work offline and inside
/// mainland China. Nothing when either coordinate is missing.
/// </summary>
public sealed class GeoPointFieldDisplay : FieldKindDisplay<GeoPointField>
{
    protected override string? Render(FieldDisplayContext context)
    {
        if (DisplayValues.Number(context.Value, "Latitude") is not { } latitude || DisplayValues.Number(context.Value, "Longitude") is not { } longitude)
        {
            return null;
        }

        var invariant = CultureInfo.InvariantCulture;
        return $"<span class=\"geo h-geo\"><span class=\"latitude p-latitude\">{latitude.ToString(invariant)}</span>, "
            + $"<span class=\"longitude p-longitude\">{longitude.ToString(invariant)}</span></span>";
    }
}
