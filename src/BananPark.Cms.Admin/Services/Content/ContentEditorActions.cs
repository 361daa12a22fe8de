using System.Globalization;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>The edit page's helpers that are not markup: new items, child order, schedule times.</summary>
public sealed class ContentEditorActions(IContentManager content, ISiteSettingsStore settings, TimeProvider clock)
{
    /// <summary>The site's time zone (schedule times are typed in it), UTC when unset or unknown.</summary>
    public async Task<TimeZoneInfo> TimeZoneAsync() => SiteTimeZone.Find((await settings.GetAsync()).TimeZoneId);

    /// <summary>An empty item of <paramref name="type"/>, placed at the end of <paramref name="containerId"/>'s list when given.</summary>
    public static ContentItem NewItem(ContentTypeDefinition type, string? containerId)
    {
        var item = new ContentItem { ContentType = type.Name, Latest = true };
        if (!string.IsNullOrWhiteSpace(containerId) && containerId.Length <= 26)
        {
            item.Apply(new ContainedPart { ListContentItemId = containerId, Order = int.MaxValue / 2 });
        }

        return item;
    }

    /// <summary>Moves a child of <paramref name="container"/> one place; <paramref name="command"/> is <c>{childId}:up</c> or <c>{childId}:down</c>.</summary>
    public async Task MoveChildAsync(ContentItem container, string command)
    {
        var separator = command.LastIndexOf(':');
        if (separator <= 0)
        {
            return;
        }

        var childId = command[..separator];
        var up = command[(separator + 1)..] == "up";
        var children = await content.QueryAsync(new ContentQuery
        {
            ContainerId = container.ContentItemId,
            Version = VersionOptions.Latest,
            OrderBy = ContentOrder.ContainedOrder,
            Take = 1000,
        });
        var ids = children.Select(c => c.ContentItemId).ToList();
        if (ids.Contains(childId))
        {
            await content.SetContainedOrderAsync(container.ContentItemId, ListOrder.Move(ids, childId, up));
        }
    }

    /// <summary>A schedule time typed as <c>yyyy-MM-ddTHH:mm</c> in <paramref name="zone"/>, as UTC; it must be in the future.</summary>
    public DateTime? ParseSchedule(string? value, TimeZoneInfo zone, out string? problem)
    {
        problem = null;
        if (!DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            problem = "Publish later: enter a date and time.";
            return null;
        }

        if (zone.IsInvalidTime(local))
        {
            problem = "Publish later: that time does not exist in the site's time zone.";
            return null;
        }

        var utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        if (utc <= clock.GetUtcNow().UtcDateTime)
        {
            problem = "Publish later: choose a time in the future.";
            return null;
        }

        return utc;
    }
}
