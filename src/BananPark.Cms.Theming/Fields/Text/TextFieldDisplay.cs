using BananPark.Cms.Core.ContentManagement.Fields;

namespace BananPark.Cms.Theming.Fields.Text;

/// <summary>The text encoded, its line breaks kept as <c>&lt;br&gt;</c>.</summary>
public sealed class TextFieldDisplay : FieldKindDisplay<TextField>
{
    protected override string? Render(FieldDisplayContext context)
        => DisplayValues.Text(context.Value, "Text") is { } text && !string.IsNullOrWhiteSpace(text)
            ? string.Join("<br>", text.Trim().Split('\n').Select(line => DisplayValues.Encode(line.TrimEnd('\r'))))
            : null;
}
