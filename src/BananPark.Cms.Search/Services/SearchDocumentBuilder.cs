using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Search;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Search.Services;

/// <summary>
/// What the index keeps of a published item: its display text as the title, and as the body the text of its
/// <c>HtmlBodyPart</c> and <c>MarkdownBodyPart</c> and of every Text, Html and Markdown field its type defines,
/// in the type's order. HTML is cleaned by <see cref="IRichText"/> first (so a script's text is never indexed),
/// Markdown rendered by it, then tags are dropped and entities decoded. Items without a public URL (no route,
/// or routing disabled) are not indexed: a hit must lead somewhere.
/// </summary>
public sealed partial class SearchDocumentBuilder(IRichText richText, IOptions<SearchOptions> options)
{
    /// <summary>Per part kind, the property of its JSON that holds text, and whether that text is HTML or Markdown.</summary>
    private static readonly Dictionary<string, (string Property, TextKind Kind)> BodyParts = new(StringComparer.Ordinal)
    {
        [nameof(HtmlBodyPart)] = ("Html", TextKind.Html),
        [nameof(MarkdownBodyPart)] = ("Markdown", TextKind.Markdown),
    };

    /// <summary>Per field kind, the property of its value that holds text.</summary>
    private static readonly Dictionary<string, (string Property, TextKind Kind)> TextFields = new(StringComparer.Ordinal)
    {
        ["TextField"] = ("Text", TextKind.Plain),
        ["HtmlField"] = ("Html", TextKind.Html),
        ["MarkdownField"] = ("Markdown", TextKind.Markdown),
    };

    private enum TextKind
    {
        Plain,
        Html,
        Markdown,
    }

    /// <summary>The document of <paramref name="item"/>, or null when it has no public URL.</summary>
    public SearchDocument? For(ContentItem item, ContentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(definition);
        if (Route(item) is not { } route)
        {
            return null;
        }

        var body = new StringBuilder();
        if (definition.FindType(item.ContentType) is { } type)
        {
            foreach (var part in type.OrderedParts)
            {
                var json = item.Content[part.Name] as JsonObject;
                if (BodyParts.TryGetValue(part.PartName, out var bodyPart) && json?[bodyPart.Property] is JsonValue value && value.TryGetValue<string>(out var s))
                {
                    Append(body, s, bodyPart.Kind);
                }

                foreach (var field in definition.FindPart(part.PartName)?.OrderedFields ?? [])
                {
                    if (TextFields.TryGetValue(field.FieldName, out var text) && json?[field.Name] is JsonObject f && f[text.Property] is JsonValue v && v.TryGetValue<string>(out var t))
                    {
                        Append(body, t, text.Kind);
                    }
                }
            }
        }

        var max = options.Value.MaxBodyLength;
        var plain = Whitespace().Replace(body.ToString(), " ").Trim();
        var title = Whitespace().Replace(item.DisplayText ?? item.As<TitlePart>()?.Title ?? "", " ").Trim();
        return new SearchDocument(
            item.ContentItemId, item.ContentType, Culture(item), Cut(title, Data.SearchDocumentRecord.TitleLength), route, Cut(plain, max),
            FacetValues.Of(item, definition));
    }

    /// <summary>The item's public URL, as the theme links it: <c>/</c> for the home page, <c>/{path}</c> otherwise.</summary>
    public static string? Route(ContentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var route = item.As<AutoroutePart>();
        if (route is null || route.Disabled)
        {
            return null;
        }

        return route.SetHomepage ? "/"
            : route.Path?.Trim('/') is { Length: > 0 and <= Data.SearchDocumentRecord.RouteLength - 1 } path ? "/" + path : null;
    }

    /// <summary>The culture of the item (Orchard's <c>LocalizationPart.Culture</c>); empty, the default culture, without one.</summary>
    private static string Culture(ContentItem item)
        => item.Content["LocalizationPart"] is JsonObject part && part["Culture"] is JsonValue v && v.TryGetValue<string>(out var culture)
            && culture.Length <= Data.SearchDocumentRecord.CultureLength ? culture : "";

    private void Append(StringBuilder body, string text, TextKind kind)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var plain = kind switch
        {
            TextKind.Html => AsText(richText.Sanitize(text)),
            TextKind.Markdown => AsText(richText.MarkdownToHtml(text)),
            _ => text,
        };
        body.Append(' ').Append(plain);
    }

    /// <summary>Clean HTML as text: block ends become spaces so words of two paragraphs do not run together.</summary>
    private static string AsText(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    private static string Cut(string text, int length)
        => text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
