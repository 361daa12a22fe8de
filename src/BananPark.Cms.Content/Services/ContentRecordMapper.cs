using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Data.Entities;

namespace BananPark.Cms.Content.Services;

/// <summary>Derives the indexed columns of a version row from the item (the JSON stays the truth).</summary>
internal static class ContentRecordMapper
{
    /// <summary>The row's columns from the item; the search text holds what <paramref name="rules"/> say the search reads.</summary>
    public static void Fill(ContentItemRecord record, ContentItem item, ContentRules rules)
    {
        // Read the few values the columns need straight from the JSON (typed deserialization costs more than the rest of a write).
        var route = item.Content[nameof(AutoroutePart)] as JsonObject;
        var contained = item.Content[nameof(ContainedPart)] as JsonObject;
        var disabled = Flag(route, nameof(AutoroutePart.Disabled));
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = Truncate(item.DisplayText, 1024);
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.RoutePath = route is not null && !disabled ? RoutePaths.Normalize(Text(route, nameof(AutoroutePart.Path))) : null;
        record.IsHomepage = route is not null && !disabled && Flag(route, nameof(AutoroutePart.SetHomepage));
        record.ContainerId = Text(contained, nameof(ContainedPart.ListContentItemId)) is { Length: > 0 } container ? container : null;
        record.ContainedOrder = contained?[nameof(ContainedPart.Order)] is JsonValue order && order.TryGetValue<int>(out var position) ? position : 0;
        record.Owner = Truncate(item.Owner, 255);
        record.Author = Truncate(item.Author, 255);
        record.CreatedUtc = item.CreatedUtc;
        record.ModifiedUtc = item.ModifiedUtc;
        record.PublishedUtc = item.PublishedUtc;
        record.Json = ContentItemJson.Serialize(item);
        record.SearchText = rules.Search.For(item, ContentItemRecord.SearchTextLength);
        record.ScheduledPublishUtc = item.Latest && !item.Published ? item.As<PublishLaterPart>()?.ScheduledPublishUtc : null;
        record.ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>The item the row holds, with the row's concurrency stamp.</summary>
    public static ContentItem ToItem(ContentItemRecord record)
    {
        var item = ContentItemJson.Deserialize(record.Json);
        item.ConcurrencyStamp = record.ConcurrencyStamp;
        return item;
    }

    private static string? Text(JsonObject? json, string name)
        => json?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool Flag(JsonObject? json, string name) => json?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
