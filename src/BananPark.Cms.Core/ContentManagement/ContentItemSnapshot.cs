using System.Globalization;
using System.Text.Json;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// One version of a content item that nobody can change: what the public site, its templates and
/// its caches read. It is shared between requests and threads and never cloned; its JSON is read
/// in place (a <see cref="JsonElement"/>), nothing is converted until someone asks for it.
/// To change an item, take <see cref="ToContentItem"/> and save that.
/// </summary>
public sealed class ContentItemSnapshot
{
    private readonly JsonElement _root;
    private readonly Dictionary<string, JsonElement> _parts = new(StringComparer.Ordinal);
    private readonly string? _url;

    private ContentItemSnapshot(JsonElement root, string json, string? concurrencyStamp)
    {
        _root = root;
        foreach (var property in root.EnumerateObject())
        {
            if (!ContentItemJson.IsMetadata(property.Name))
            {
                _parts.TryAdd(property.Name, property.Value);
            }
        }

        Json = json;
        ConcurrencyStamp = concurrencyStamp;
        ContentItemId = Text(nameof(ContentItem.ContentItemId)) ?? "";
        ContentItemVersionId = Text(nameof(ContentItem.ContentItemVersionId)) ?? "";
        ContentType = Text(nameof(ContentItem.ContentType)) ?? "";
        DisplayText = Text(nameof(ContentItem.DisplayText));
        Latest = Flag(nameof(ContentItem.Latest));
        Published = Flag(nameof(ContentItem.Published));
        ModifiedUtc = Date(nameof(ContentItem.ModifiedUtc));
        PublishedUtc = Date(nameof(ContentItem.PublishedUtc));
        CreatedUtc = Date(nameof(ContentItem.CreatedUtc));
        Owner = Text(nameof(ContentItem.Owner));
        Author = Text(nameof(ContentItem.Author));
        _url = ReadUrl();
    }

    /// <inheritdoc cref="ContentItem.ContentItemId"/>
    public string ContentItemId { get; }

    /// <inheritdoc cref="ContentItem.ContentItemVersionId"/>
    public string ContentItemVersionId { get; }

    /// <inheritdoc cref="ContentItem.ContentType"/>
    public string ContentType { get; }

    /// <inheritdoc cref="ContentItem.DisplayText"/>
    public string? DisplayText { get; }

    /// <inheritdoc cref="ContentItem.Latest"/>
    public bool Latest { get; }

    /// <inheritdoc cref="ContentItem.Published"/>
    public bool Published { get; }

    /// <inheritdoc cref="ContentItem.ModifiedUtc"/>
    public DateTime? ModifiedUtc { get; }

    /// <inheritdoc cref="ContentItem.PublishedUtc"/>
    public DateTime? PublishedUtc { get; }

    /// <inheritdoc cref="ContentItem.CreatedUtc"/>
    public DateTime? CreatedUtc { get; }

    /// <inheritdoc cref="ContentItem.Owner"/>
    public string? Owner { get; }

    /// <inheritdoc cref="ContentItem.Author"/>
    public string? Author { get; }

    /// <inheritdoc cref="ContentItem.ConcurrencyStamp"/>
    public string? ConcurrencyStamp { get; }

    /// <summary>The item's JSON as stored (Orchard's flat shape).</summary>
    public string Json { get; }

    /// <summary>About how many bytes the snapshot holds, for cache limits.</summary>
    public long ApproximateSize => 256 + (Json.Length * 4L);

    /// <summary>The parts (every property that is not metadata), in stored order.</summary>
    public IEnumerable<(string Name, JsonElement Value)> Parts
        => _root.EnumerateObject().Where(p => !ContentItemJson.IsMetadata(p.Name)).Select(p => (p.Name, p.Value));

    /// <summary>The public URL path from <c>AutoroutePart</c> (<c>/</c> for the home page), or null when the item has none.</summary>
    public string? Url => _url;

    /// <summary>The container's item id (<c>ContainedPart.ListContentItemId</c>), or null.</summary>
    public string? ContainerId
        => TryGetPart("ContainedPart", out var contained) && contained.TryGetProperty("ListContentItemId", out var id)
            && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value ? value : null;

    /// <summary>Reads the stored JSON of one version; throws <see cref="JsonException"/> when it is not an object.</summary>
    public static ContentItemSnapshot Parse(string json, string? concurrencyStamp = null)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A content item must be a JSON object.");
        }

        // A clone owns its memory, so the snapshot needs no disposing and outlives the document.
        return new ContentItemSnapshot(document.RootElement.Clone(), json, concurrencyStamp);
    }

    /// <summary>A snapshot of an item as it is now (e.g. a draft to preview).</summary>
    public static ContentItemSnapshot From(ContentItem item) => Parse(ContentItemJson.Serialize(item), item.ConcurrencyStamp);

    /// <summary>A changeable copy, to edit and save.</summary>
    public ContentItem ToContentItem()
    {
        var item = ContentItemJson.Deserialize(Json);
        item.ConcurrencyStamp = ConcurrencyStamp;
        return item;
    }

    /// <summary>The part stored under <paramref name="name"/> (any JSON kind), if present.</summary>
    public bool TryGetPart(string name, out JsonElement part) => _parts.TryGetValue(name, out part);

    /// <summary>A field object of a part (<c>{"Text": …}</c>), or null when either is absent or not an object.</summary>
    public JsonElement? Field(string partName, string fieldName)
        => TryGetPart(partName, out var part) && part.ValueKind == JsonValueKind.Object
            && part.TryGetProperty(fieldName, out var field) && field.ValueKind == JsonValueKind.Object ? field : null;

    private string? ReadUrl()
    {
        if (!TryGetPart("AutoroutePart", out var route) || Bool(route, "Disabled"))
        {
            return null;
        }

        if (Bool(route, "SetHomepage"))
        {
            return "/";
        }

        return route.ValueKind == JsonValueKind.Object && route.TryGetProperty("Path", out var path) && path.ValueKind == JsonValueKind.String
            && path.GetString()!.Trim('/') is { Length: > 0 } trimmed ? "/" + trimmed : null;
    }

    private string? Text(string name)
        => _root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private bool Flag(string name) => Bool(_root, name);

    private DateTime? Date(string name)
        => Text(name) is { Length: > 0 } text
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;

    private static bool Bool(JsonElement json, string name)
        => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;
}
