using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Content.Fields.Media;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Admin.Fields.Media;

/// <summary>
/// <c>{path}.Editor</c> marks the field as posted. Each chosen file posts, in order, <c>.Paths</c> (hidden),
/// <c>.MediaTexts</c>, <c>.Anchors</c> (<c>x,y</c> or empty) and <c>.Position</c> (1, 2, …: the order chosen);
/// <c>.Remove</c> lists paths to drop and <c>.Add</c> paths typed or picked (a <c>/media/…</c> URL is accepted).
/// A single-file field keeps the last one, so a new pick replaces the old. Orchard's value shape is written:
/// <c>{"Paths":[…],"MediaTexts":[…],"Anchors":[{"X":…,"Y":…}…]}</c>
/// (<c>Anchors</c> empty when none is set; <c>null</c> for a file without one: the asset's focal point counts).
/// </summary>
public sealed class MediaFieldBinder : IFieldBinder
{
    public string? Bind(FormSlot slot, ContentPartFieldDefinition field)
    {
        if (!slot.Has(MediaFieldInputs.Editor))
        {
            return null;
        }

        var settings = field.GetSettings<MediaFieldSettings>();
        var removed = slot.Values("Remove").OfType<string>().ToHashSet(StringComparer.Ordinal);
        var paths = slot.Values("Paths");
        var texts = slot.Values("MediaTexts");
        var anchors = slot.Values("Anchors");
        var positions = slot.Values("Position");
        var chosen = new List<(string Path, string Text, JsonObject? Anchor, double Position)>();
        for (var i = 0; i < paths.Count; i++)
        {
            if (MediaFieldPaths.Normalize(paths[i]) is not { } path)
            {
                return $"{slot.Label}: a chosen file's path is not a path inside the media library.";
            }

            if (removed.Contains(path))
            {
                continue;
            }

            var position = i < positions.Count && double.TryParse(positions[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && double.IsFinite(p) ? p : i + 1;
            chosen.Add((path, (i < texts.Count ? texts[i] : null)?.Trim() ?? "", Anchor(i < anchors.Count ? anchors[i] : null), position));
        }

        foreach (var typed in slot.Values("Add").Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (MediaFieldPaths.Normalize(typed) is not { } path)
            {
                return $"{slot.Label}: “{typed!.Trim()}” is not a path inside the media library (such as park/hero.jpg).";
            }

            chosen.Add((path, "", null, double.MaxValue));
        }

        var ordered = chosen.Select((c, i) => (c, i)).OrderBy(x => x.c.Position).ThenBy(x => x.i).Select(x => x.c)
            .DistinctBy(c => c.Path, StringComparer.Ordinal).ToList();
        if (!settings.Multiple && ordered.Count > 1)
        {
            ordered = [ordered[^1]];
        }

        slot.Set("Paths", FormSlot.Array(ordered.Select(c => c.Path)));
        slot.Set("MediaTexts", FormSlot.Array(ordered.Select(c => c.Text)));
        slot.Set("Anchors", ordered.Any(c => c.Anchor is not null)
            ? new JsonArray(ordered.Select(c => (JsonNode?)c.Anchor).ToArray())
            : new JsonArray());
        return null;
    }

    /// <summary><c>x,y</c> with both in 0..1 as Orchard's <c>{"X":…,"Y":…}</c>; anything else is no anchor.</summary>
    private static JsonObject? Anchor(string? posted)
    {
        var parts = posted?.Split(',');
        return parts is { Length: 2 }
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x is >= 0 and <= 1
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && y is >= 0 and <= 1
            ? Point(x, y)
            : null;
    }

    private static JsonObject Point(double x, double y) => new() { ["X"] = Math.Round(x, 4), ["Y"] = Math.Round(y, 4) };
}
