using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>
/// Reads and writes <see cref="ContentItem"/> in Orchard's flat shape. Metadata names match
/// case-insensitively on read; everything else is kept verbatim as a part.
/// </summary>
public sealed class ContentItemJsonConverter : JsonConverter<ContentItem>
{
    /// <inheritdoc />
    public override ContentItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader) as JsonObject
            ?? throw new JsonException("A content item must be a JSON object.");
        return ContentItemJson.FromJson(node);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ContentItem value, JsonSerializerOptions options)
        => ContentItemJson.ToJson(value).WriteTo(writer, options);
}

/// <summary>Conversions between <see cref="ContentItem"/> and its JSON object.</summary>
public static class ContentItemJson
{
    private static readonly string[] MetadataNames =
    [
        nameof(ContentItem.ContentItemId), nameof(ContentItem.ContentItemVersionId), nameof(ContentItem.ContentType),
        nameof(ContentItem.DisplayText), nameof(ContentItem.Latest), nameof(ContentItem.Published),
        nameof(ContentItem.ModifiedUtc), nameof(ContentItem.PublishedUtc), nameof(ContentItem.CreatedUtc),
        nameof(ContentItem.Owner), nameof(ContentItem.Author),
    ];

    /// <summary>True when <paramref name="name"/> is a metadata property rather than a part.</summary>
    public static bool IsMetadata(string name)
        => MetadataNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds an item from its JSON; throws <see cref="JsonException"/> naming the bad property.</summary>
    public static ContentItem FromJson(JsonObject json) => Read(json, adopt: false);

    /// <summary>
    /// Builds an item from JSON the caller gives up: the parts are moved out of <paramref name="json"/> (left empty)
    /// into the item rather than copied, for bulk reads of JSON nobody else holds.
    /// </summary>
    public static ContentItem Adopt(JsonObject json) => Read(json, adopt: true);

    private static ContentItem Read(JsonObject json, bool adopt)
    {
        var item = new ContentItem();
        var parts = new List<(string Name, JsonNode? Value)>();
        foreach (var (name, value) in json)
        {
            switch (MetadataNames.FirstOrDefault(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase)))
            {
                case nameof(ContentItem.ContentItemId): item.ContentItemId = ReadString(name, value) ?? ""; break;
                case nameof(ContentItem.ContentItemVersionId): item.ContentItemVersionId = ReadString(name, value) ?? ""; break;
                case nameof(ContentItem.ContentType): item.ContentType = ReadString(name, value) ?? ""; break;
                case nameof(ContentItem.DisplayText): item.DisplayText = ReadString(name, value); break;
                case nameof(ContentItem.Latest): item.Latest = ReadBool(name, value); break;
                case nameof(ContentItem.Published): item.Published = ReadBool(name, value); break;
                case nameof(ContentItem.ModifiedUtc): item.ModifiedUtc = ReadDate(name, value); break;
                case nameof(ContentItem.PublishedUtc): item.PublishedUtc = ReadDate(name, value); break;
                case nameof(ContentItem.CreatedUtc): item.CreatedUtc = ReadDate(name, value); break;
                case nameof(ContentItem.Owner): item.Owner = ReadString(name, value); break;
                case nameof(ContentItem.Author): item.Author = ReadString(name, value); break;
                default: parts.Add((name, value)); break;
            }
        }

        if (adopt)
        {
            json.Clear();
        }

        foreach (var (name, value) in parts)
        {
            item.Content[name] = adopt ? value : value?.DeepClone();
        }

        return item;
    }

    /// <summary>Writes metadata first, in Orchard's order, then the parts in stored order.</summary>
    public static JsonObject ToJson(ContentItem item)
    {
        var json = new JsonObject
        {
            [nameof(ContentItem.ContentItemId)] = item.ContentItemId,
            [nameof(ContentItem.ContentItemVersionId)] = item.ContentItemVersionId,
            [nameof(ContentItem.ContentType)] = item.ContentType,
            [nameof(ContentItem.DisplayText)] = item.DisplayText,
            [nameof(ContentItem.Latest)] = item.Latest,
            [nameof(ContentItem.Published)] = item.Published,
            [nameof(ContentItem.ModifiedUtc)] = FormatDate(item.ModifiedUtc),
            [nameof(ContentItem.PublishedUtc)] = FormatDate(item.PublishedUtc),
            [nameof(ContentItem.CreatedUtc)] = FormatDate(item.CreatedUtc),
            [nameof(ContentItem.Owner)] = item.Owner,
            [nameof(ContentItem.Author)] = item.Author,
        };
        foreach (var (name, value) in item.Content)
        {
            json[name] = value?.DeepClone();
        }

        return json;
    }

    /// <summary>Serializes an item to compact JSON text (the same text as <see cref="ToJson"/>'s, written without copying the parts).</summary>
    public static string Serialize(ContentItem item)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ContentJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString(nameof(ContentItem.ContentItemId), item.ContentItemId);
            writer.WriteString(nameof(ContentItem.ContentItemVersionId), item.ContentItemVersionId);
            writer.WriteString(nameof(ContentItem.ContentType), item.ContentType);
            WriteOptional(writer, nameof(ContentItem.DisplayText), item.DisplayText);
            writer.WriteBoolean(nameof(ContentItem.Latest), item.Latest);
            writer.WriteBoolean(nameof(ContentItem.Published), item.Published);
            WriteOptional(writer, nameof(ContentItem.ModifiedUtc), FormatDate(item.ModifiedUtc));
            WriteOptional(writer, nameof(ContentItem.PublishedUtc), FormatDate(item.PublishedUtc));
            WriteOptional(writer, nameof(ContentItem.CreatedUtc), FormatDate(item.CreatedUtc));
            WriteOptional(writer, nameof(ContentItem.Owner), item.Owner);
            WriteOptional(writer, nameof(ContentItem.Author), item.Author);
            foreach (var (name, value) in item.Content)
            {
                writer.WritePropertyName(name);
                if (value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    value.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Parses an item from JSON text.</summary>
    public static ContentItem Deserialize(string json)
        => FromJson(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A content item must be a JSON object."));

    private static string? FormatDate(DateTime? value)
        => value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static string? ReadString(string name, JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => throw new JsonException($"'{name}' must be a string."),
    };

    private static bool ReadBool(string name, JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        _ => throw new JsonException($"'{name}' must be true or false."),
    };

    private static DateTime? ReadDate(string name, JsonNode? value)
    {
        var text = ReadString(name, value);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return ValueShapes.IsIsoDate(text)
            && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : throw new JsonException($"'{name}' must be an ISO 8601 date, not '{text}'.");
    }
}
