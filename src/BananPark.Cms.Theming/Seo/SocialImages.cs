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
    public Task<SocialImage?> FromValueAsync(JsonObject? value, string? culture, CancellationToken cancellationToken)
        => FromAsync(First(value?["Paths"]), First(value?["MediaTexts"]), culture, cancellationToken);

    /// <summary>The first picture among the item's media fields, in the type's order, or null.</summary>
    public async Task<SocialImage?> FirstOfItemAsync(ContentItemSnapshot item, ContentDefinition definition, string? culture, CancellationToken cancellationToken)
    {
        foreach (var attached in definition.FindType(item.ContentType)?.OrderedParts ?? [])
        {
            var fields = definition.FindPart(attached.PartName)?.OrderedFields.Where(f => f.FieldName == MediaField.Kind.Name) ?? [];
            foreach (var field in fields)
            {
                if (item.Field(attached.Name, field.Name) is { ValueKind: JsonValueKind.Object } value
                    && JsonNode.Parse(value.GetRawText()) is JsonObject media
                    && await FromValueAsync(media, culture, cancellationToken) is { } image)
                {
                    return image;
                }
            }
        }

        return null;
    }

    private async Task<SocialImage?> FromAsync(string? path, string? text, string? culture, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(path) || assets is null || urls is null || await assets.GetAsync(path, cancellationToken) is not { IsImage: true } asset)
        {
            return null;
        }

        var url = urls.Resized(asset, new MediaResize { Width = Math.Min(Width, asset.Width ?? Width), Mode = MediaResizeMode.Max });
        return new SocialImage(publicUrls?.Absolute(url) ?? url, string.IsNullOrWhiteSpace(text) ? asset.AltText(culture) : text.Trim());
    }

    private static string? First(JsonNode? array)
        => array is JsonArray { Count: > 0 } values && values[0] is JsonValue first && first.TryGetValue<string>(out var text) ? text : null;
}
