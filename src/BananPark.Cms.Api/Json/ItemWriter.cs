using System.Text.Json;
using BananPark.Cms.Api.Services;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Api.Json;

/// <summary>Writes items in Orchard's JSON shape (what recipes carry), whole or cut down to a <see cref="FieldSelection"/>.</summary>
public static class ItemWriter
{
    /// <summary>Writes <paramref name="item"/>: its stored JSON as it is, or only what <paramref name="fields"/> keeps.</summary>
    public static void Write(Utf8JsonWriter writer, ContentItemSnapshot item, FieldSelection? fields)
    {
        if (fields is null)
        {
            writer.WriteRawValue(item.Json, skipInputValidation: true);
            return;
        }

        using var document = JsonDocument.Parse(item.Json);
        writer.WriteStartObject();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (fields.KeepsProperty(property.Name))
            {
                property.WriteTo(writer);
                continue;
            }

            var kept = fields.FieldsOf(property.Name);
            if (kept.Count == 0 || property.Value.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            writer.WritePropertyName(property.Name);
            writer.WriteStartObject();
            foreach (var field in property.Value.EnumerateObject().Where(f => kept.Contains(f.Name)))
            {
                field.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
