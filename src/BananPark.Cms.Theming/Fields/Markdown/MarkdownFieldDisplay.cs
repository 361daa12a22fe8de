using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.Markdown;

/// <summary>The Markdown rendered (raw HTML in it dropped) and sanitized.</summary>
public sealed class MarkdownFieldDisplay : FieldKindDisplay<MarkdownField>
{
    protected override string? Render(FieldDisplayContext context)
        => DisplayValues.NonBlank(context.RichText.MarkdownToHtml(DisplayValues.Text(context.Value, "Markdown")));
}
