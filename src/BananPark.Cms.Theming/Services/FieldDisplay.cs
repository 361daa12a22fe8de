using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Metadata.Settings;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// A field's value as safe HTML for its kind, for templates that show a type's fields without
/// naming them: text encoded (line breaks kept), numbers with the field's scale, dates in a
/// <c>time</c> element, links through <see cref="SafeUrls"/>, HTML sanitized, Markdown rendered,
/// booleans as Yes or No, multi-text values by their option labels, picked items as links. Null
/// for an empty value and for kinds with no display here (media: there is no media library yet).
/// </summary>
public static class FieldDisplay
{
    private const int MaxPicked = 50;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<string?> RenderAsync(ContentPartFieldDefinition field, JsonNode? value, IPublishedContent content, CancellationToken cancellationToken = default)
    {
        if (value is not JsonObject json)
        {
            return null;
        }

        return field.FieldName switch
        {
            "TextField" => Lines(Text(json, "Text")),
            "NumericField" => Number(json, field.GetSettings<NumericFieldSettings>().Scale),
            "BooleanField" => json["Value"]?.GetValueKind() switch { JsonValueKind.True => "Yes", JsonValueKind.False => "No", _ => null },
            "DateField" => Date(Text(json, "Value"), withTime: false),
            "DateTimeField" => Date(Text(json, "Value"), withTime: true),
            "HtmlField" => NonBlank(RichText.Sanitize(Text(json, "Html"))),
            "MarkdownField" => NonBlank(RichText.FromMarkdown(Text(json, "Markdown"))),
            "LinkField" => Link(SafeUrls.Check(Text(json, "Url")), Text(json, "Text")),
            "MultiTextField" => Join(Texts(json, "Values").Select(v => OptionLabel(field, v)).Select(Encode)),
            "ContentPickerField" => await PickedAsync(Texts(json, "ContentItemIds"), content, cancellationToken),
            _ => null,
        };
    }

    private static string? Lines(string? text)
        => string.IsNullOrWhiteSpace(text) ? null : string.Join("<br>", text.Trim().Split('\n').Select(line => Encode(line.TrimEnd('\r'))));

    private static string? Number(JsonObject json, int scale)
    {
        if (json["Value"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue<decimal>(out var number))
        {
            return null;
        }

        // Never hide digits that are stored: the scale is a minimum here.
        var stored = (number / 1.000000000000000000000000000000000m).Scale;
        return number.ToString("N" + Math.Clamp(Math.Max(scale, stored), 0, 28).ToString(Invariant), Invariant);
    }

    private static string? Date(string? text, bool withTime)
    {
        if (text is null || !ContentSchemas.IsIsoDate(text) || !DateTime.TryParse(text, Invariant, DateTimeStyles.RoundtripKind, out var date))
        {
            return null;
        }

        if (!withTime)
        {
            return $"<time datetime=\"{date.ToString("yyyy-MM-dd", Invariant)}\">{date.ToString("d MMMM yyyy", Invariant)}</time>";
        }

        var utc = date.Kind != DateTimeKind.Unspecified;
        date = utc ? date.ToUniversalTime() : date;
        var machine = date.ToString(utc ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss", Invariant);
        return $"<time datetime=\"{machine}\">{date.ToString("d MMMM yyyy, HH:mm", Invariant)}{(utc ? " UTC" : "")}</time>";
    }

    private static string? Link(string url, string? text)
    {
        var label = string.IsNullOrWhiteSpace(text) ? url : text.Trim();
        if (url.Length == 0)
        {
            return string.IsNullOrWhiteSpace(text) ? null : Encode(label);
        }

        return $"<a href=\"{Encode(url)}\" rel=\"noopener nofollow\">{Encode(label)}</a>";
    }

    private static async Task<string?> PickedAsync(IEnumerable<string> ids, IPublishedContent content, CancellationToken cancellationToken)
    {
        var links = new List<string>();
        foreach (var item in await content.GetManyAsync(ids.Where(i => i.Length > 0).Take(MaxPicked), cancellationToken))
        {
            var label = Encode(string.IsNullOrWhiteSpace(item.DisplayText) ? item.ContentItemId : item.DisplayText);
            links.Add(item.Url is { } url ? $"<a href=\"{Encode(url)}\">{label}</a>" : label);
        }

        return Join(links);
    }

    private static string OptionLabel(ContentPartFieldDefinition field, string value)
        => (field.Settings["MultiTextFieldSettings"]?["Options"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(o => Text(o, "Value") == value).Select(o => Text(o, "Name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? value;

    private static string? Text(JsonObject json, string name)
        => json[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static IEnumerable<string> Texts(JsonObject json, string name)
        => (json[name] as JsonArray ?? []).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>());

    private static string? Join(IEnumerable<string> parts)
    {
        var list = parts.Where(p => p.Length > 0).ToList();
        return list.Count == 0 ? null : string.Join(", ", list);
    }

    private static string? NonBlank(string html) => string.IsNullOrWhiteSpace(html) ? null : html;

    private static string Encode(string text) => MarkupEncoder.Instance.Encode(text);
}
