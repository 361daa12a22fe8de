using System.Security.Claims;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Media.Services;

/// <summary>
/// The media library the screens use: list, upload, change, move, delete, folders, usages. Every call checks
/// <c>ManageMediaContent</c> (everything) or <c>ManageOwnMediaContent</c> (what the user uploaded), writes the audit
/// trail and signals <see cref="SiteChanges.Media"/> in one transaction, so nothing is half-written.
/// </summary>
public sealed partial class MediaLibrary(
    MediaDbContext db,
    CmsDbContext content,
    IStoreSession session,
    IChangeSignal signal,
    IPermissionService permissions,
    IMediaFileStore store,
    MediaUploadPipeline pipeline,
    ISharedCounters counters,
    ITenantContext tenant,
    MediaAudit audit,
    Processing.MediaRenderCache renders,
    IOptions<MediaOptions> options,
    TimeProvider clock)
{
    /// <summary>A page of a folder's files (or of a search under it) and its direct subfolders.</summary>
    public async Task<MediaListPage> ListAsync(MediaListQuery q, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var access = await AccessAsync(user, ct);
        var folder = MediaNames.Folder(q.Folder);
        if (access == Access.None || folder is null)
        {
            return new MediaListPage([], 0, []);
        }

        var rows = db.Assets.AsNoTracking();
        var words = (q.Search ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(8).ToList();
        if (words.Count == 0)
        {
            rows = rows.Where(a => a.Folder == folder);
        }
        else
        {
            if (folder.Length > 0)
            {
                var under = LikePattern.StartingWith(folder + "/");
                rows = rows.Where(a => a.Folder == folder || EF.Functions.Like(a.Folder, under, LikePattern.Escape));
            }

            foreach (var word in words)
            {
                var pattern = LikePattern.Containing(word);
                rows = rows.Where(a => EF.Functions.Like(a.SearchText, pattern, LikePattern.Escape));
            }
        }

        if (q.OnlyMine || access == Access.Own)
        {
            var me = UserId(user);
            rows = rows.Where(a => a.UploadedBy == me);
        }

        var size = Math.Clamp(q.PageSize, 1, MediaListQuery.MaxPageSize);
        var page = Math.Max(1, q.Page);
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderBy(a => a.FileName).ThenBy(a => a.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new MediaListPage(items.Select(MediaRecords.ToAsset).ToList(), total, await SubfoldersAsync(folder, ct));
    }

    /// <summary>The direct subfolders of <paramref name="folder"/>: those holding files (counted, subfolders included) and empty ones.</summary>
    private async Task<IReadOnlyList<MediaFolderInfo>> SubfoldersAsync(string folder, CancellationToken ct)
    {
        var prefix = folder.Length == 0 ? "" : folder + "/";
        var counts = folder.Length == 0
            ? db.Assets.Where(a => a.Folder != "")
            : db.Assets.Where(a => EF.Functions.Like(a.Folder, LikePattern.StartingWith(prefix), LikePattern.Escape));
        var byFolder = await counts.GroupBy(a => a.Folder).Select(g => new { Folder = g.Key, Count = g.Count() }).ToListAsync(ct);
        var empty = await db.Folders.AsNoTracking().Where(f => f.Parent == folder).Select(f => f.Path).ToListAsync(ct);
        var children = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in byFolder)
        {
            var child = prefix + row.Folder[prefix.Length..].Split('/')[0];
            children[child] = children.GetValueOrDefault(child) + row.Count;
        }

        foreach (var path in empty)
        {
            children.TryAdd(path, 0);
        }

        return children.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new MediaFolderInfo(c.Key, MediaNames.FileNameOf(c.Key), c.Value)).ToList();
    }

    /// <summary>The content items (latest versions) whose JSON names one of <paramref name="paths"/>.</summary>
    public async Task<IReadOnlyList<MediaUsage>> UsagesAsync(IReadOnlyList<string> paths, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var usages = new List<MediaUsage>();
        foreach (var path in paths.Where(MediaNames.IsValidPath).Distinct(StringComparer.Ordinal))
        {
            // The path as a JSON string, written raw or with System.Text.Json's escapes (non-ASCII names).
            var raw = LikePattern.Containing("\"" + path + "\"");
            var escaped = LikePattern.Containing(System.Text.Json.JsonSerializer.Serialize(path));
            var items = await content.ContentItems.AsNoTracking()
                .Where(i => i.Latest && (EF.Functions.Like(i.Json, raw, LikePattern.Escape) || EF.Functions.Like(i.Json, escaped, LikePattern.Escape)))
                .OrderBy(i => i.DisplayText).Take(100)
                .Select(i => new { i.ContentItemId, i.ContentType, i.DisplayText })
                .ToListAsync(ct);
            usages.AddRange(items.Select(i => new MediaUsage(path, i.ContentItemId, i.ContentType, i.DisplayText ?? "")));
        }

        return usages;
    }

    private enum Access
    {
        None,
        Own,
        All,
    }

    private async Task<Access> AccessAsync(ClaimsPrincipal user, CancellationToken ct)
        => await permissions.HasPermissionAsync(user, MediaPermissions.ManageMediaContent.Name, ct) ? Access.All
            : await permissions.HasPermissionAsync(user, MediaPermissions.ManageOwnMediaContent.Name, ct) ? Access.Own
            : Access.None;

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    private static bool MayChange(Access access, MediaAssetRecord row, ClaimsPrincipal user)
        => access == Access.All || (access == Access.Own && row.UploadedBy is not null && row.UploadedBy == UserId(user));
}
