using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.Html;

/// <summary>The stored HTML, sanitized again (it may come from an import or an old version).</summary>
public sealed class HtmlFieldDisplay : FieldKindDisplay<HtmlField>
{
    protected override string? Render(FieldDisplayContext context)
        => DisplayValues.NonBlank(context.RichText.Sanitize(DisplayValues.Text(context.Value, "Html")));
}
