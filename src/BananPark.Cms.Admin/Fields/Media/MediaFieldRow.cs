using System.Globalization;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Media;

namespace BananPark.Cms.Admin.Fields.Media;

/// <summary>One chosen file as the editor shows it: the stored path, text and anchor, and what the library knows of it.</summary>
public sealed record MediaFieldRow(string Path, string Text, string Anchor, MediaAsset? Asset, string? ThumbnailUrl, (int Width, int Height)? ThumbnailSize)
{
    /// <summary>The rows of a stored <c>{Paths, MediaTexts, Anchors}</c> value, with their assets and thumbnails when the site has a media library.</summary>
    public static async Task<IReadOnlyList<MediaFieldRow>> OfAsync(JsonObject? value, IMediaAssets? assets, IMediaUrls? urls, CancellationToken cancellationToken = default)
    {
        var paths = Strings(value?["Paths"]);
        var texts = Strings(value?["MediaTexts"]);
        var anchors = value?["Anchors"] as JsonArray;
        var found = assets is null || paths.Count == 0 ? new Dictionary<string, MediaAsset>() : await assets.GetManyAsync(paths, cancellationToken);
        var thumbnail = new MediaResize { Width = MediaFieldInputs.ThumbnailSize, Height = MediaFieldInputs.ThumbnailSize, Mode = MediaResizeMode.Max };
        return paths.Select((path, i) =>
        {
            var asset = found.GetValueOrDefault(path);
            var url = asset is null || urls is null ? null : asset.IsImage ? urls.Resized(asset, thumbnail) : null;
            return new MediaFieldRow(path, i < texts.Count ? texts[i] : "", AnchorText(anchors, i), asset, url, asset is null ? null : MediaRenderedSize.Of(asset, thumbnail));
        }).ToList();
    }

    private static List<string> Strings(JsonNode? node)
        => node is JsonArray array ? array.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList() : [];

    private static string AnchorText(JsonArray? anchors, int index)
        => anchors is not null && index < anchors.Count && anchors[index] is JsonObject point
            && point["X"] is JsonValue x && x.TryGetValue<double>(out var px) && point["Y"] is JsonValue y && y.TryGetValue<double>(out var py)
            ? string.Create(CultureInfo.InvariantCulture, $"{px},{py}")
            : "";
}
