using BananPark.Cms.Theming.Services;
using Fluid;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>How filters find the request's renderer: it rides in the template context's ambient values.</summary>
public static class RenderScope
{
    internal const string Key = "Cms.Renderer";

    /// <summary>Lets the filters of <paramref name="context"/> reach <paramref name="renderer"/> (the request's services, definitions, content).</summary>
    public static void Attach(TemplateContext context, ContentRenderer renderer) => context.AmbientValues[Key] = renderer;

    public static ContentRenderer Renderer(TemplateContext context)
        => context.AmbientValues.TryGetValue(Key, out var value) && value is ContentRenderer renderer
            ? renderer
            : throw new TemplateException("This filter needs the site's renderer; render through ContentRenderer.");
}
