namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>The field kinds the type editor offers, and which settings each one has (as in Orchard).</summary>
public static class FieldKinds
{
    public const string Text = "TextField";
    public const string Html = "HtmlField";
    public const string Markdown = "MarkdownField";
    public const string Numeric = "NumericField";
    public const string Date = "DateField";
    public const string DateTime = "DateTimeField";
    public const string Boolean = "BooleanField";
    public const string Link = "LinkField";
    public const string ContentPicker = "ContentPickerField";
    public const string MultiText = "MultiTextField";
    public const string Media = "MediaField";

    /// <summary>Every kind, in the order the editor lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, Html, Markdown, Numeric, Date, DateTime, Boolean, Link, ContentPicker, MultiText, Media];

    /// <summary>Editor variants of a text field: empty is the standard one-line input.</summary>
    public static IReadOnlyList<string> TextEditors { get; } = ["", "TextArea"];

    /// <summary>Whether Orchard's settings of <paramref name="kind"/> have <c>Required</c> (HTML, Markdown and boolean fields have not).</summary>
    public static bool HasRequired(string kind) => kind is not (Html or Markdown or Boolean);

    /// <summary>Orchard's settings class of a kind, e.g. <c>TextFieldSettings</c>: the key of its settings object.</summary>
    public static string SettingsName(string kind) => kind + "Settings";
}
