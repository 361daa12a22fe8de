using BananPark.Cms.Core.Media;
using BananPark.Cms.Theming.Media;
using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>
/// Filters for media library pictures. Their input is a library path (<c>"park/hero.jpg"</c>) or a media field
/// (<c>Model.ContentItem.Park.Hero</c>: its first file, or the one at <c>index:</c>, with the field's alternative
/// text and anchor). Theme files keep <c>asset_url</c>; media files use <c>media_url</c> (Orchard's <c>asset_url</c> for
/// media, renamed because ours already serves the theme's own files). A site without the media library, or a
/// path the library does not hold, renders nothing rather than a broken image.
/// </summary>
public static class MediaFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("media_url", MediaUrl);
        filters.AddFilter("resize_url", ResizeUrl);
        filters.AddFilter("img_tag", ImgTag);
    }

    /// <summary><c>{{ "park/brochure.pdf" | media_url }}</c>: the original file's URL.</summary>
    public static async ValueTask<FluidValue> MediaUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var chosen = await MediaInput.ReadAsync(input, arguments, context);
        return chosen is not null && Urls(context) is { } urls ? new StringValue(urls.Original(chosen.Path)) : StringValue.Empty;
    }

    /// <summary>
    /// <c>{{ path | resize_url: width: 480, height: 320, mode: "crop" }}</c> or <c>{{ path | resize_url: profile: "card" }}</c>:
    /// a resized render's URL (signed by the library when the size is not one anybody may ask for). With no command, the original.
    /// </summary>
    public static async ValueTask<FluidValue> ResizeUrl(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var chosen = await MediaInput.ReadAsync(input, arguments, context);
        if (chosen is null || Urls(context) is not { } urls)
        {
            return StringValue.Empty;
        }

        var resize = await MediaCommands.ReadAsync(arguments, context);
        return new StringValue(resize is null ? urls.Original(chosen.Path)
            : resize.Profile is { } profile ? urls.Resized(chosen.Path, new MediaResize { Profile = profile })
            : urls.Resized(chosen.Path, resize with { Anchor = resize.Anchor ?? chosen.Anchor }));
    }

    /// <summary>
    /// <c>{{ Model.ContentItem.Park.Hero | img_tag: profile: "hero", sizes: "100vw", loading: "eager" }}</c>: the picture as
    /// an <c>&lt;img&gt;</c> (see <see cref="MediaImageTag"/>). <c>alt:</c> overrides the text (the field's, else the asset's for
    /// the site's culture, else <c>default_alt:</c>, else empty); <c>class:</c> sets the class.
    /// </summary>
    public static async ValueTask<FluidValue> ImgTag(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var chosen = await MediaInput.ReadAsync(input, arguments, context);
        var renderer = RenderScope.Renderer(context);
        if (chosen is null || Urls(context) is not { } urls || renderer.Services.GetService<IMediaAssets>() is not { } assets
            || await assets.GetAsync(chosen.Path) is not { IsImage: true } asset)
        {
            return StringValue.Empty;
        }

        var resize = await MediaCommands.ReadAsync(arguments, context);
        var profiles = await urls.ProfilesAsync();
        string? profileName = null;
        if (resize?.Profile is { } name)
        {
            profileName = profiles.TryGetValue(name, out var profile) ? name : throw new TemplateException($"img_tag: there is no media profile '{name}'.");
            resize = MediaCommands.Of(profile);
        }

        if (resize is not null && resize.Anchor is null && chosen.Anchor is not null)
        {
            // An anchor of the field's own changes the render, so the URL is the signed commands, not the profile's name.
            resize = resize with { Anchor = chosen.Anchor };
            profileName = null;
        }

        var culture = (await context.GetValue("Site").GetValueAsync("Culture", context)).ToStringValue();
        var alt = arguments.HasNamed("alt") ? arguments["alt"].ToStringValue()
            : chosen.Text is { Length: > 0 } text ? text
            : asset.AltText(culture) ?? Named(arguments, "default_alt") ?? "";
        var options = new MediaImageTag.Options(resize, profileName, alt, Named(arguments, "sizes"),
            string.Equals(Named(arguments, "loading"), "eager", StringComparison.OrdinalIgnoreCase), Named(arguments, "class"), profiles.Values);
        return new StringValue(MediaImageTag.Render(asset, urls, options), false);
    }

    private static IMediaUrls? Urls(TemplateContext context) => RenderScope.Renderer(context).Services.GetService<IMediaUrls>();

    private static string? Named(FilterArguments arguments, string name)
        => arguments.HasNamed(name) && arguments[name].ToStringValue().Trim() is { Length: > 0 } text ? text : null;
}
