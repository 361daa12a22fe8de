using System.Security.Claims;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Providers;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Services;

public sealed partial class MediaLibrary
{
    /// <summary>Uploads one file into <paramref name="folder"/> through the safe pipeline; a refusal stores nothing.</summary>
    public async Task<MediaUploadResult> UploadAsync(Stream content, string clientFileName, string folder, ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(user);
        if (await AccessAsync(user, ct) == Access.None)
        {
            return MediaUploadResult.Refused(MediaRefusalCode.Forbidden, "You may not upload media.");
        }

        var target = MediaNames.Folder(folder);
        if (target is null)
        {
            return MediaUploadResult.Refused(MediaRefusalCode.BadFolder, "The folder name is not valid.");
        }

        var limit = options.Value.UploadsPerUserPerMinute;
        var count = await counters.IncrementAsync($"media-upload:{tenant.Tenant.Name}:{UserId(user) ?? user.Identity?.Name ?? "anonymous"}",
            clock.GetUtcNow(), TimeSpan.FromMinutes(1), SharedCountWindow.Fixed, ct);
        if (count.Count > limit)
        {
            return MediaUploadResult.Refused(MediaRefusalCode.RateLimited, $"At most {limit} uploads a minute; wait a moment and try again.");
        }

        var (prepared, refusal) = await pipeline.PrepareAsync(content, clientFileName, ct);
        return refusal is not null
            ? MediaUploadResult.Refused(refusal.Code, refusal.Message)
            : MediaUploadResult.Accepted(await StoreAsync(prepared!, target, UserId(user), overwrite: false, ct));
    }

    /// <summary>
    /// Stores a prepared upload at <paramref name="folder"/>/its name (a free name when taken, or replacing the file there
    /// when <paramref name="overwrite"/>): the bytes first (once per content), then the row, audit event and change signal
    /// in one transaction. Bytes written now are removed again when the row is not committed.
    /// </summary>
    internal async Task<MediaAsset> StoreAsync(PreparedUpload upload, string folder, string? uploadedBy, bool overwrite, CancellationToken ct)
    {
        bool written;
        using (var bytes = new MemoryStream(upload.Bytes.ToArray(), writable: false))
        {
            written = await store.WriteIfAbsentAsync(upload.ContentHash, bytes, ct);
        }

        try
        {
            await using var transaction = await session.BeginTransactionAsync(ct);
            if (written)
            {
                // Bytes new to the store leave with the row when this (or the surrounding) transaction rolls back, e.g. a
                // recipe's dry run or a later step's failure.
                session.AfterRollback(() => store.DeleteAsync(upload.ContentHash).GetAwaiter().GetResult());
            }

            var now = StoreTime.UtcNow(clock);
            var existing = overwrite ? await db.Assets.SingleOrDefaultAsync(a => a.Path == MediaNames.Combine(folder, upload.FileName), ct) : null;
            var oldHash = existing?.ContentHash;
            var row = existing ?? new MediaAssetRecord { Path = await FreePathAsync(folder, upload.FileName, ct), UploadedUtc = now, UploadedBy = uploadedBy };
            row.Folder = folder;
            row.FileName = MediaNames.FileNameOf(row.Path);
            row.Length = upload.Bytes.Length;
            row.Width = upload.Width;
            row.Height = upload.Height;
            row.ContentHash = upload.ContentHash;
            row.MimeType = upload.Kind.MimeType;
            row.ModifiedUtc = now;
            row.ConcurrencyStamp = Guid.NewGuid().ToString("N");
            MediaRecords.Derive(row);
            if (existing is null)
            {
                db.Assets.Add(row);
            }

            await db.SaveChangesAsync(ct);
            audit.Add(existing is null ? "MediaUploaded" : "MediaReplaced", row.Path);
            await audit.SaveAsync(ct);
            await signal.SignalAsync(SiteChanges.Media, ct);
            if (oldHash is not null && oldHash != row.ContentHash)
            {
                await session.AfterCommitAsync(c => ForgetUnusedAsync([oldHash], c), ct);
            }

            await transaction.CommitAsync(ct);
            db.Entry(row).State = EntityState.Detached;
            return MediaRecords.ToAsset(row);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary><paramref name="fileName"/> in <paramref name="folder"/>, or <c>name-2.ext</c>, <c>name-3.ext</c>… when taken.</summary>
    private async Task<string> FreePathAsync(string folder, string fileName, CancellationToken ct)
    {
        var dot = fileName.LastIndexOf('.');
        var (stem, extension) = dot > 0 ? (fileName[..dot], fileName[dot..]) : (fileName, "");
        var taken = (await db.Assets.AsNoTracking().Where(a => a.Folder == folder && a.FileName.StartsWith(stem)).Select(a => a.FileName).ToListAsync(ct))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var name = fileName;
        for (var n = 2; taken.Contains(name); n++)
        {
            name = $"{stem}-{n}{extension}";
        }

        return MediaNames.Combine(folder, name);
    }

    /// <summary>Deletes the stored bytes (and their renders) of each hash no row uses any more.</summary>
    private async Task ForgetUnusedAsync(IReadOnlyCollection<string> hashes, CancellationToken ct)
    {
        var used = await db.Assets.AsNoTracking().Where(a => hashes.Contains(a.ContentHash)).Select(a => a.ContentHash).Distinct().ToListAsync(ct);
        foreach (var hash in hashes.Except(used))
        {
            await store.DeleteAsync(hash, ct);
            renders.Forget(hash);
        }
    }
}
