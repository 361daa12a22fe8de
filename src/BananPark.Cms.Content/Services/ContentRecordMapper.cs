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
        var route = item.As<AutoroutePart>();
        var contained = item.As<ContainedPart>();
        record.ContentItemId = item.ContentItemId;
        record.ContentItemVersionId = item.ContentItemVersionId;
        record.ContentType = item.ContentType;
        record.DisplayText = Truncate(item.DisplayText, 1024);
        record.Latest = item.Latest;
        record.Published = item.Published;
        record.RoutePath = route is { Disabled: false } ? RoutePaths.Normalize(route.Path) : null;
        record.IsHomepage = route is { SetHomepage: true, Disabled: false };
        record.ContainerId = string.IsNullOrEmpty(contained?.ListContentItemId) ? null : contained.ListContentItemId;
        record.ContainedOrder = contained?.Order ?? 0;
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

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
