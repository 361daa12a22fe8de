using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Content.Fields;

namespace BananPark.Cms.Content.Parts.SeoMeta;

/// <summary>The checks of <c>SeoMetaPart</c>'s structured values, each returning what an editor reads.</summary>
public static class SeoMetaValues
{
    private static readonly JsonDocumentOptions SchemaOptions = new() { MaxDepth = 32 };

    /// <summary>True for an absolute http or https URL with a host, or a site path (<c>/groups/jieshi</c>, not <c>//host</c>).</summary>
    public static bool IsCanonical(string url)
    {
        if (url.Length == 0 || url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"' or '\\'))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || url[1] != '/';
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
    }

    /// <summary>What is wrong with each canonical value given.</summary>
    public static IEnumerable<string> CanonicalProblems(IEnumerable<string?> values)
    {
        foreach (var value in values.OfType<string>().Where(v => v.Length > 0))
        {
            if (value.Length > SeoMetaLimits.Url)
            {
                yield return $"Canonical URL: use at most {SeoMetaLimits.Url:N0} characters.";
            }
            else if (!IsCanonical(value))
            {
                yield return "Canonical URL: use a full address starting with https:// or http://, or a path on this site starting with /.";
            }
        }
    }

    /// <summary>Comma-separated words such as <c>noindex, nofollow</c> or <c>max-snippet:50</c>.</summary>
    public static bool IsTokenList(string text)
        => text.Split(',').All(t => t.Trim() is { Length: > 0 } token && token.All(c => char.IsAsciiLetterOrDigit(c) || c is ':' or '_' or '-' or '.'));

    /// <summary>What is wrong with the custom tags: not an array, too many, or an entry without a plain name and a content.</summary>
    public static IEnumerable<string> CustomTagProblems(JsonNode? tags)
    {
        if (tags is null)
        {
            yield break;
        }

        if (tags is not JsonArray array)
        {
            yield return "Custom meta tags: expected a list.";
            yield break;
        }

        if (array.Count > SeoMetaLimits.CustomTags)
        {
            yield return $"Custom meta tags: at most {SeoMetaLimits.CustomTags} are allowed; this has {array.Count}.";
        }

        foreach (var entry in array)
        {
            if (entry is not JsonObject tag)
            {
                yield return "Custom meta tags: each tag is an object with a Name or Property and a Content.";
                continue;
            }

            // Orchard's MetaEntry also has HttpEquiv and Charset; they are kept as stored and never rendered.
            var key = ValueReader.Texts(tag, "Name").Concat(ValueReader.Texts(tag, "Property")).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
            var content = ValueReader.Texts(tag, "Content").FirstOrDefault() ?? "";
            if (key is not null && (key.Length > SeoMetaLimits.Token || !IsTokenList(key) || key.Contains(',', StringComparison.Ordinal)))
            {
                yield return $"Custom meta tags: the name “{Short(key)}” may hold letters, digits, ':', '_', '-' and '.' only.";
            }

            if (content.Length > SeoMetaLimits.TagContent || content.Any(char.IsControl))
            {
                yield return $"Custom meta tags: the content of “{Short(key ?? "")}” is longer than {SeoMetaLimits.TagContent:N0} characters or holds control characters.";
            }
        }
    }

    /// <summary>Null when <paramref name="schema"/> is empty or JSON-LD the head can carry (an object or an array of objects).</summary>
    public static string? SchemaProblem(string schema)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(schema, SchemaOptions);
            var root = document.RootElement;
            var objects = root.ValueKind == JsonValueKind.Object
                || (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0 && root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object));
            return objects ? null : "Structured data (JSON-LD): use a JSON object, or a list of objects, such as {\"@context\": \"https://schema.org\", \"@type\": \"Place\"}.";
        }
        catch (JsonException e)
        {
            return $"Structured data (JSON-LD) is not valid JSON: {e.Message}";
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
