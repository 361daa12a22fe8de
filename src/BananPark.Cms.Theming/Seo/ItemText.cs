using System.Text;
using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Kinds;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Theming.Seo;

/// <summary>
/// What an item says in prose, for a description it lacks: its rich text first (HTML and Markdown bodies and
/// fields, in the type's order), else its text fields joined. Only the first few hundred characters are read.
/// The kinds that hold prose are listed here by their classes, so a new prose kind is one line.
/// </summary>
public static class ItemText
{
    private const int Enough = SeoText.DescriptionLength * 2;

    private static readonly (ContentPartKind Kind, string Property, bool Markdown)[] RichParts =
    [
        (HtmlBodyPart.Kind, "Html", false),
        (MarkdownBodyPart.Kind, "Markdown", true),
    ];

    private static readonly (ContentFieldKind Kind, string Property, bool Markdown)[] RichFields =
    [
        (HtmlField.Kind, "Html", false),
        (MarkdownField.Kind, "Markdown", true),
    ];

    /// <summary>The item's prose as plain text on one line; empty when it has none.</summary>
    public static string Of(ContentItemSnapshot item, ContentDefinition definition, IRichText richText)
    {
        var type = definition.FindType(item.ContentType);
        if (type is null)
        {
            return "";
        }

        var rich = new StringBuilder();
        var plain = new StringBuilder();
        foreach (var attached in type.OrderedParts)
        {
            if (!item.TryGetPart(attached.Name, out var part) || part.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            foreach (var (_, property, markdown) in RichParts.Where(r => r.Kind.Name == attached.PartName))
            {
                Add(rich, Read(part, property), richText, markdown);
            }

            foreach (var field in definition.FindPart(attached.PartName)?.OrderedFields ?? [])
            {
                if (!part.TryGetProperty(field.Name, out var value) || value.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                foreach (var (_, property, markdown) in RichFields.Where(r => r.Kind.Name == field.FieldName))
                {
                    Add(rich, Read(value, property), richText, markdown);
                }

                if (field.FieldName == TextField.Kind.Name && plain.Length < Enough)
                {
                    Add(plain, Read(value, "Text"), null, false);
                }
            }

            if (rich.Length >= Enough)
            {
                break;
            }
        }

        return rich.Length > 0 ? rich.ToString() : plain.ToString();
    }

    /// <summary>Appends <paramref name="stored"/> as text: HTML when a sanitizer is given (Markdown made HTML first), else plain text.</summary>
    private static void Add(StringBuilder into, string? stored, IRichText? richText, bool markdown)
    {
        if (string.IsNullOrWhiteSpace(stored) || into.Length >= Enough)
        {
            return;
        }

        // Enough of the source to fill a description: a 200,000-character body costs no more than a short one.
        var head = stored.Length > Enough * 8 ? stored[..(Enough * 8)] : stored;
        var text = richText is null ? SeoText.Line(head) : SeoText.Plain(markdown ? richText.MarkdownToHtml(head) : head);
        if (text.Length == 0)
        {
            return;
        }

        if (into.Length > 0)
        {
            // Paragraphs of rich text read on as sentences; short text fields (a name, a year) as a list of facts.
            into.Append(richText is null ? " · " : into[^1] is '.' or '。' or '!' or '?' or '！' or '？' ? " " : ". ");
        }

        into.Append(text);
    }

    private static string? Read(JsonElement json, string property)
        => json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
