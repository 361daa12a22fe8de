using BananPark.Cms.Theming.Services;
using Fluid;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>How filters find the request's renderer: it rides in the template context's ambient values.</summary>
public static class RenderScope
{
    internal const string Key = "Cms.Renderer";

    public static ContentRenderer Renderer(TemplateContext context)
        => context.AmbientValues.TryGetValue(Key, out var value) && value is ContentRenderer renderer
            ? renderer
            : throw new TemplateException("This filter needs the site's renderer; render through ContentRenderer.");
}
