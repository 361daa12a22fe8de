using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Theming.Media;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Fields.Media;

/// <summary>
/// The field's pictures at up to 480 px wide (an allowed size: unsigned, cached), lazy, with their sizes and the field's
/// alternative texts (else the asset's default one); a PDF is a link. Files the library does not hold are left out, and a
/// site without the media library shows nothing.
/// </summary>
public sealed class MediaFieldDisplay : FieldKindDisplay<MediaField>
{
    /// <summary>The render each picture gets when a template does not place the field itself.</summary>
    public static readonly MediaResize Resize = new() { Width = 480 };

    public override async ValueTask<string?> RenderAsync(FieldDisplayContext context)
    {
        if (context.Services?.GetService<IMediaAssets>() is not { } assets || context.Services.GetService<IMediaUrls>() is not { } urls)
        {
            return null;
        }

        var paths = DisplayValues.Texts(context.Value, "Paths").ToList();
        var texts = DisplayValues.Texts(context.Value, "MediaTexts").ToList();
        var found = await assets.GetManyAsync(paths, context.CancellationToken);
        var html = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            if (!found.TryGetValue(paths[i], out var asset))
            {
                continue;
            }

            var text = i < texts.Count && texts[i].Length > 0 ? texts[i] : asset.AltText(null) ?? "";
            html.Add(asset.IsImage
                ? MediaImageTag.Render(asset, urls, new MediaImageTag.Options(Resize, null, text, null, Eager: false, "media-field-picture", []))
                : $"<a href=\"{DisplayValues.Encode(urls.Original(asset))}\">{DisplayValues.Encode(text.Length > 0 ? text : asset.FileName)}</a>");
        }

        return html.Count == 0 ? null : string.Join(" ", html);
    }
}
