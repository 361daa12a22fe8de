namespace BananPark.Cms.Core.Metadata.Settings;

/// <summary>
/// The length limits of text, in text elements (see <c>TextLength</c>), and which text fields are
/// edited in a text area. One home for the editors (counters) and the rules (checks).
/// </summary>
public static class FieldLimits
{
    /// <summary>Longest single-line text field unless <see cref="TextFieldSettings.MaxLength"/> says otherwise.</summary>
    public const int DefaultTextMaxLength = 1_000;

    /// <summary>Longest text area (<c>Editor</c> <c>TextArea</c> or <c>Multiline</c>) unless its settings say otherwise.</summary>
    public const int DefaultMultilineMaxLength = 20_000;

    /// <summary>Longest rich text (HTML text content, or Markdown source) unless its settings say otherwise.</summary>
    public const int DefaultRichTextMaxLength = 200_000;

    /// <summary>The limit of a text field: its own <c>MaxLength</c>, or the default for its editor.</summary>
    public static int TextMaxLength(ContentPartFieldDefinition field)
        => field.GetSettings<TextFieldSettings>().MaxLength ?? (IsMultiline(field) ? DefaultMultilineMaxLength : DefaultTextMaxLength);

    /// <summary>True when a text field is edited in a text area (<c>ContentPartFieldSettings.Editor</c> is <c>TextArea</c> or <c>Multiline</c>).</summary>
    public static bool IsMultiline(ContentPartFieldDefinition field)
        => field.GetSettings<ContentPartFieldSettings>().Editor is { } editor
            && (editor.Equals("TextArea", StringComparison.OrdinalIgnoreCase) || editor.Equals("Multiline", StringComparison.OrdinalIgnoreCase));
}
