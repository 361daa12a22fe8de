using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Tenancy;

namespace BananPark.Cms.Theming.Seo;

/// <summary>
/// Preview pictures through the media library: a library path becomes an absolute URL of a render at most 1200 pixels
/// wide (the size OpenGraph readers ask for, never wider than the original). Without the library, or for a path it
/// does not hold or that is not a picture, there is no image rather than a broken one.
/// </summary>
public sealed class SocialImages(IMediaAssets? assets, IMediaUrls? urls, IPublicUrls? publicUrls)
{
    private const int Width = 1200;

    /// <summary>The first file of a media value (<c>{"Paths":[…],"MediaTexts":[…]}</c>) as a picture, or null.</summary>
    public async Task<SocialImage?> FromValueAsync(JsonObject? value, string? culture, CancellationToken cancellationToken)
        => (await FindAsync(value, culture, cancellationToken))?.Image;

    /// <summary>
    /// The largest picture among the first files of the item's media fields, or null: a hero photo rather than a
    /// small logo or QR code, whatever order the type lists its fields in (the first of equals wins).
    /// </summary>
    public async Task<SocialImage?> LargestOfItemAsync(ContentItemSnapshot item, ContentDefinition definition, string? culture, CancellationToken cancellationToken)
    {
        (SocialImage Image, long Pixels)? best = null;
        foreach (var attached in definition.FindType(item.ContentType)?.OrderedParts ?? [])
        {
            var fields = definition.FindPart(attached.PartName)?.OrderedFields.Where(f => f.FieldName == MediaField.Kind.Name) ?? [];
            foreach (var field in fields)
            {
                if (item.Field(attached.Name, field.Name) is { ValueKind: JsonValueKind.Object } value
                    && JsonNode.Parse(value.GetRawText()) is JsonObject media
                    && await FindAsync(media, culture, cancellationToken) is { } found
                    && (best is null || found.Pixels > best.Value.Pixels))
                {
                    best = found;
                }
            }
        }

        return best?.Image;
    }

    private async Task<(SocialImage Image, long Pixels)?> FindAsync(JsonObject? value, string? culture, CancellationToken cancellationToken)
    {
        var path = First(value?["Paths"]);
        var text = First(value?["MediaTexts"]);
        if (string.IsNullOrWhiteSpace(path) || assets is null || urls is null || await assets.GetAsync(path, cancellationToken) is not { IsImage: true } asset)
        {
            return null;
        }

        var url = urls.Resized(asset, new MediaResize { Width = Math.Min(Width, asset.Width ?? Width), Mode = MediaResizeMode.Max });
        var image = new SocialImage(publicUrls?.Absolute(url) ?? url, string.IsNullOrWhiteSpace(text) ? asset.AltText(culture) : text.Trim());
        return (image, (long)(asset.Width ?? 0) * (asset.Height ?? 0));
    }

    private static string? First(JsonNode? array)
        => array is JsonArray { Count: > 0 } values && values[0] is JsonValue first && first.TryGetValue<string>(out var text) ? text : null;
}
