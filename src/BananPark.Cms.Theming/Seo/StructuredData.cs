using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Theming.Seo;

/// <summary>
/// JSON-LD (schema.org) from content that exists, nothing made up: a <c>BreadcrumbList</c> on every page, and on the
/// home page a <c>WebSite</c> with its <c>SearchAction</c> and an <c>Organization</c> for the item the home page shows
/// (its name and address; its telephone only when those fields have values), plus the editor's own blocks.
/// </summary>
public static class StructuredData
{
    private const string Context = "https://schema.org";

    /// <summary>The fields, in the home item's own part, an organisation's address and telephone are read from.</summary>
    public static IReadOnlyList<string> AddressFields { get; } = ["Address"];

    /// <inheritdoc cref="AddressFields"/>
    public static IReadOnlyList<string> TelephoneFields { get; } = ["ContactNumber", "Telephone"];

    /// <summary>Home, then each step to the page: (name, absolute URL or null for a page that is not to be linked).</summary>
    public static JsonObject Breadcrumbs(IReadOnlyList<(string Name, string? Url)> trail)
        => new()
        {
            ["@context"] = Context,
            ["@type"] = "BreadcrumbList",
            ["itemListElement"] = new JsonArray(trail.Select((step, i) =>
            {
                var element = new JsonObject { ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = step.Name };
                if (step.Url is not null)
                {
                    element["item"] = step.Url;
                }

                return (JsonNode?)element;
            }).ToArray()),
        };

    /// <summary>The site with the search it offers at <c>/search?q=</c>.</summary>
    public static JsonObject WebSite(string? name, string homeUrl, string searchUrlTemplate)
    {
        var site = new JsonObject { ["@context"] = Context, ["@type"] = "WebSite", ["url"] = homeUrl };
        if (!string.IsNullOrWhiteSpace(name))
        {
            site["name"] = name;
        }

        site["potentialAction"] = new JsonObject
        {
            ["@type"] = "SearchAction",
            ["target"] = new JsonObject { ["@type"] = "EntryPoint", ["urlTemplate"] = searchUrlTemplate },
            ["query-input"] = "required name=search_term_string",
        };
        return site;
    }

    /// <summary>The organisation the home item describes: its name and URL, its address and telephone only when stored; null without a name.</summary>
    public static JsonObject? Organization(ContentItemSnapshot home, string homeUrl)
    {
        if (string.IsNullOrWhiteSpace(home.DisplayText))
        {
            return null;
        }

        var organization = new JsonObject { ["@context"] = Context, ["@type"] = "Organization", ["name"] = home.DisplayText.Trim(), ["url"] = homeUrl };
        if (OwnText(home, AddressFields) is { } address)
        {
            organization["address"] = address;
        }

        if (OwnText(home, TelephoneFields) is { } telephone)
        {
            organization["telephone"] = telephone;
        }

        return organization;
    }

    /// <summary>The editor's JSON-LD: an object, or each object of an array; nothing when it does not parse (stored past the rules).</summary>
    public static IEnumerable<JsonNode> Custom(string? schema)
    {
        if (string.IsNullOrWhiteSpace(schema))
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(schema, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }) switch
            {
                JsonObject block => [block],
                JsonArray blocks => blocks.OfType<JsonObject>().Select(b => b.DeepClone()).ToList(),
                _ => [],
            };
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? OwnText(ContentItemSnapshot item, IReadOnlyList<string> names)
    {
        foreach (var name in names)
        {
            if (item.Field(item.ContentType, name) is { ValueKind: JsonValueKind.Object } field
                && field.TryGetProperty("Text", out var text) && text.ValueKind == JsonValueKind.String
                && SeoText.Line(text.GetString()) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }
}
