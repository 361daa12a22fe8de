using System.Security.Claims;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Admin.Services.Content;

/// <summary>A bulk action of the content list.</summary>
public enum BulkAction
{
    /// <summary>Publish the latest versions.</summary>
    Publish,

    /// <summary>Take the published versions off the site.</summary>
    Unpublish,

    /// <summary>Move to the trash.</summary>
    Delete,
}

/// <summary>What a bulk action did: how many items changed, and which were skipped and why.</summary>
public sealed record BulkResult(int Done, IReadOnlyList<string> Skipped);

/// <summary>
/// Runs a bulk action item by item: each item is checked against the user's permissions for its
/// type and ownership, and each change is audited like a single one.
/// </summary>
public sealed class ContentBulkActions(IContentManager content, ContentAccess access)
{
    /// <summary>Most items one bulk action takes.</summary>
    public const int MaxItems = 200;

    public async Task<BulkResult> RunAsync(ClaimsPrincipal user, BulkAction action, IEnumerable<string> contentItemIds, CancellationToken cancellationToken = default)
    {
        var done = 0;
        var skipped = new List<string>();
        foreach (var id in contentItemIds.Distinct(StringComparer.Ordinal).Take(MaxItems))
        {
            var item = await content.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null)
            {
                skipped.Add($"{id}: not found.");
                continue;
            }

            var needed = action == BulkAction.Delete ? ContentAction.Delete : ContentAction.Publish;
            if (!await access.CanAsync(user, needed, item))
            {
                skipped.Add($"{await NameForAsync(user, item, cancellationToken)}: you may not {Verb(action)} it.");
                continue;
            }

            try
            {
                var changed = action switch
                {
                    BulkAction.Publish => await content.PublishAsync(id, cancellationToken),
                    BulkAction.Unpublish => await content.UnpublishAsync(id, cancellationToken),
                    _ => await content.DeleteAsync(id, cancellationToken),
                };
                if (changed)
                {
                    done++;
                }
                else
                {
                    skipped.Add($"{item.DisplayText ?? id}: already {Past(action)}.");
                }
            }
            catch (ContentValidationException ex)
            {
                skipped.Add($"{item.DisplayText ?? id}: {ex.Message}");
            }
        }

        return new BulkResult(done, skipped);
    }

    /// <summary>The item's title as the user may see it: a draft's only for those who may edit it, else the published one's, else its id.</summary>
    private async Task<string> NameForAsync(ClaimsPrincipal user, ContentItem latest, CancellationToken cancellationToken)
    {
        if (latest.Published || await access.CanAsync(user, ContentAction.Edit, latest))
        {
            return latest.DisplayText ?? latest.ContentItemId;
        }

        var published = await content.GetAsync(latest.ContentItemId, VersionOptions.Published, cancellationToken);
        return published?.DisplayText ?? latest.ContentItemId;
    }

    public static string Verb(BulkAction action) => action switch
    {
        BulkAction.Publish => "publish",
        BulkAction.Unpublish => "unpublish",
        _ => "delete",
    };

    public static string Past(BulkAction action) => action switch
    {
        BulkAction.Publish => "published",
        BulkAction.Unpublish => "unpublished",
        _ => "deleted",
    };
}
