using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Admin.Fields.GeoPoint;

/// <summary>
/// <c>{path}.Latitude</c> and <c>{path}.Longitude</c> as the browser's number inputs post them (invariant culture,
/// decimal degrees); an empty one clears that coordinate. Ranges and "both or neither" are the rules' (on save).
/// </summary>
public sealed class GeoPointFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        var latitude = Read(slot, "Latitude", out var latitudeProblem);
        var longitude = Read(slot, "Longitude", out var longitudeProblem);
        if ((latitudeProblem ?? longitudeProblem) is { } problem)
        {
            return problem;
        }

        if (slot.Has("Latitude"))
        {
            slot.Set("Latitude", latitude is { } lat ? JsonValue.Create(lat) : null);
        }

        if (slot.Has("Longitude"))
        {
            slot.Set("Longitude", longitude is { } lon ? JsonValue.Create(lon) : null);
        }

        return null;
    }

    private static decimal? Read(FormSlot slot, string property, out string? problem)
    {
        problem = null;
        if (slot.Trimmed(property) is not { } text)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees))
        {
            return degrees;
        }

        problem = property == "Latitude"
            ? $"{slot.Label}: enter the latitude as a number of degrees, such as 29.5 or -33.9."
            : $"{slot.Label}: enter the longitude as a number of degrees, such as 106.5 or -70.6.";
        return null;
    }
}
