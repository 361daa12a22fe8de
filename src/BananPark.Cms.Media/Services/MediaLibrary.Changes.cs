using System.Security.Claims;
using System.Text.RegularExpressions;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Services;

public sealed partial class MediaLibrary
{
    /// <summary>Longest alt text per culture.</summary>
    public const int MaxAltTextLength = 1000;

    /// <summary>Changes an asset's alt texts, caption, credit or focal point.</summary>
    public async Task<MediaChangeResult> UpdateAsync(string path, MediaMetadataChange change, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(change);
        var access = await AccessAsync(user, ct);
        if (access == Access.None)
        {
            return MediaChangeResult.Forbidden("You may not change media.");
        }

        var row = MediaNames.IsValidPath(path) ? await db.Assets.SingleOrDefaultAsync(a => a.Path == path, ct) : null;
        if (row is null)
        {
            return MediaChangeResult.NotFound($"There is no file {path}.");
        }

        if (!MayChange(access, row, user))
        {
            db.Entry(row).State = EntityState.Detached;
            return MediaChangeResult.Forbidden("You may change only the files you uploaded.");
        }

        if (Invalid(change) is { } problem)
        {
            db.Entry(row).State = EntityState.Detached;
            return MediaChangeResult.Invalid(problem);
        }

        if (change.AltTexts is not null)
        {
            row.AltTexts = MediaRecords.WriteAltTexts(change.AltTexts.ToDictionary(p => p.Key, p => p.Value.Trim()));
        }

        row.Caption = change.Caption is null ? row.Caption : Blank(change.Caption);
        row.Credit = change.Credit is null ? row.Credit : Blank(change.Credit);
        if (change.ClearFocalPoint || change.FocalPoint is not null)
        {
            row.FocalX = change.ClearFocalPoint ? null : change.FocalPoint!.Value.X;
            row.FocalY = change.ClearFocalPoint ? null : change.FocalPoint!.Value.Y;
        }

        return await SaveAsync([row], "MediaChanged", ct);
    }

    /// <summary>Moves files into <paramref name="targetFolder"/>, all or none (none when a name is taken there).</summary>
    public async Task<MediaChangeResult> MoveAsync(IReadOnlyList<string> paths, string targetFolder, ClaimsPrincipal user, CancellationToken ct)
    {
        var target = MediaNames.Folder(targetFolder);
        if (target is null)
        {
            return MediaChangeResult.Invalid("The folder name is not valid.");
        }

        var (rows, problem) = await RowsToChangeAsync(paths, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        var moving = rows.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
        var newPaths = rows.ToDictionary(r => r, r => MediaNames.Combine(target, r.FileName));
        var duplicates = newPaths.Values.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var wanted = newPaths.Values.ToList();
        var taken = await db.Assets.AsNoTracking().Where(a => wanted.Contains(a.Path)).Select(a => a.Path).ToListAsync(ct);
        var clashes = duplicates.Concat(taken.Where(p => !moving.Contains(p))).ToList();
        if (clashes.Count > 0)
        {
            db.ChangeTracker.Clear();
            return MediaChangeResult.Invalid("These names are taken in the target folder: " + string.Join(", ", clashes));
        }

        foreach (var (row, newPath) in newPaths)
        {
            row.Path = newPath;
            row.Folder = target;
        }

        return await SaveAsync(rows, "MediaMoved", ct);
    }

    /// <summary>Deletes files, all or none; their bytes go once no other file uses them.</summary>
    public async Task<MediaChangeResult> DeleteAsync(IReadOnlyList<string> paths, ClaimsPrincipal user, CancellationToken ct)
    {
        var (rows, problem) = await RowsToChangeAsync(paths, user, ct);
        if (problem is not null)
        {
            return problem;
        }

        var hashes = rows.Select(r => r.ContentHash).Distinct(StringComparer.Ordinal).ToList();
        db.Assets.RemoveRange(rows);
        await using var transaction = await session.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        foreach (var row in rows)
        {
            audit.Add("MediaDeleted", row.Path);
        }

        await audit.SaveAsync(ct);
        await signal.SignalAsync(SiteChanges.Media, ct);
        await session.AfterCommitAsync(c => ForgetUnusedAsync(hashes, c), ct);
        await transaction.CommitAsync(ct);
        return MediaChangeResult.Ok;
    }

    /// <summary>Creates an empty folder (and those above it); a folder that exists is fine.</summary>
    public async Task<MediaChangeResult> CreateFolderAsync(string folder, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await AccessAsync(user, ct) == Access.None)
        {
            return MediaChangeResult.Forbidden("You may not change media.");
        }

        var path = MediaNames.Folder(folder);
        if (string.IsNullOrEmpty(path))
        {
            return MediaChangeResult.Invalid("The folder name is not valid.");
        }

        var segments = path.Split('/');
        var chain = Enumerable.Range(1, segments.Length).Select(n => string.Join('/', segments[..n])).ToList();
        var known = await db.Folders.AsNoTracking().Where(f => chain.Contains(f.Path)).Select(f => f.Path).ToListAsync(ct);
        var now = StoreTime.UtcNow(clock);
        foreach (var missing in chain.Except(known))
        {
            db.Folders.Add(new MediaFolderRecord { Path = missing, Parent = MediaNames.FolderOf(missing), CreatedUtc = now });
        }

        await using var transaction = await session.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await signal.SignalAsync(SiteChanges.Media, ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return MediaChangeResult.Ok;
    }

    private async Task<(List<MediaAssetRecord> Rows, MediaChangeResult? Problem)> RowsToChangeAsync(IReadOnlyList<string> paths, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var access = await AccessAsync(user, ct);
        if (access == Access.None)
        {
            return ([], MediaChangeResult.Forbidden("You may not change media."));
        }

        var wanted = paths.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0 || wanted.Count > MediaListQuery.MaxPageSize)
        {
            return ([], MediaChangeResult.Invalid($"Choose between 1 and {MediaListQuery.MaxPageSize} files."));
        }

        var rows = await db.Assets.Where(a => wanted.Contains(a.Path)).ToListAsync(ct);
        var missing = wanted.Except(rows.Select(r => r.Path), StringComparer.Ordinal).ToList();
        var foreign = rows.Where(r => !MayChange(access, r, user)).Select(r => r.Path).ToList();
        if (missing.Count > 0 || foreign.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ([], missing.Count > 0
                ? MediaChangeResult.NotFound("These files do not exist: " + string.Join(", ", missing))
                : MediaChangeResult.Forbidden("You may change only the files you uploaded: " + string.Join(", ", foreign)));
        }

        return (rows, null);
    }

    private async Task<MediaChangeResult> SaveAsync(IReadOnlyList<MediaAssetRecord> rows, string auditEvent, CancellationToken ct)
    {
        var now = StoreTime.UtcNow(clock);
        foreach (var row in rows)
        {
            row.ModifiedUtc = now;
            row.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            MediaRecords.Derive(row);
            audit.Add(auditEvent, row.Path);
        }

        try
        {
            await using var transaction = await session.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await audit.SaveAsync(ct);
            await signal.SignalAsync(SiteChanges.Media, ct);
            await transaction.CommitAsync(ct);
            return MediaChangeResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return MediaChangeResult.Invalid("Someone else changed these files meanwhile; reload and try again.");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static string? Invalid(MediaMetadataChange change)
    {
        if (change.AltTexts?.FirstOrDefault(p => !IsCulture(p.Key)) is { Key: { } badCulture })
        {
            return $"\"{badCulture}\" is not a culture name.";
        }

        if (change.AltTexts?.Any(p => p.Value.Length > MaxAltTextLength) == true)
        {
            return $"An alt text may have at most {MaxAltTextLength} characters.";
        }

        return change.Caption?.Length > 1024 ? "The caption may have at most 1024 characters."
            : change.Credit?.Length > 512 ? "The credit may have at most 512 characters."
            : change.FocalPoint is { IsValid: false } ? "The focal point must lie inside the picture."
            : null;
    }

    /// <summary><c>""</c> (the default) or a culture name's shape (<c>en</c>, <c>zh-CN</c>, <c>zh-Hans-CN</c>).</summary>
    private static bool IsCulture(string name) => name.Length == 0 || (name.Length <= 16 && CultureName().IsMatch(name));

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex CultureName();

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
