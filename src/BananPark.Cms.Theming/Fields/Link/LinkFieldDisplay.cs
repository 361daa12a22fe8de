using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Fields.Link;

/// <summary>A link through <see cref="SafeUrls"/> (an unsafe URL leaves the text only), <c>rel="noopener nofollow"</c>.</summary>
public sealed class LinkFieldDisplay : FieldKindDisplay<LinkField>
{
    protected override string? Render(FieldDisplayContext context)
    {
        var url = SafeUrls.Check(DisplayValues.Text(context.Value, "Url"));
        var text = DisplayValues.Text(context.Value, "Text");
        var label = string.IsNullOrWhiteSpace(text) ? url : text.Trim();
        if (url.Length == 0)
        {
            return string.IsNullOrWhiteSpace(text) ? null : DisplayValues.Encode(label);
        }

        return $"<a href=\"{DisplayValues.Encode(url)}\" rel=\"noopener nofollow\">{DisplayValues.Encode(label)}</a>";
    }
}
