using System.Collections.Concurrent;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;
using BananPark.Cms.Media.Storage;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Media.Processing;

/// <summary>
/// Resized renders on disk: <c>App_Data/Sites/{Tenant}/MediaCache/{content hash}/{commands hash}.{ext}</c> (or under
/// <c>Cms:Media:CacheFolder</c>). A key is rendered once at a time: callers asking while it renders wait for that render.
/// A render's folder is named by the original's content hash, so deleting the bytes deletes their renders.
/// </summary>
public sealed class MediaRenderCache(TenantDataPaths paths, ITenantContext tenant, IOptions<MediaOptions> options)
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<string?>>> Rendering = new(StringComparer.Ordinal);

    /// <summary>The tenant's cache folder.</summary>
    public string Root => options.Value.CacheFolder.Length > 0
        ? Path.Combine(Path.GetFullPath(options.Value.CacheFolder), tenant.Tenant.Name)
        : Path.Combine(paths.TenantFolder(tenant.Tenant), "MediaCache");

    /// <summary>The file of a render (it may not exist yet).</summary>
    public string FileOf(string contentHash, string key, string extension)
        => ContentHashes.IsValid(contentHash) && ContentHashes.IsValid(key)
            ? Path.Combine(Root, contentHash, key + "." + extension)
            : throw new ArgumentException("Not a content hash.", nameof(contentHash));

    /// <summary>
    /// The cached render's file, rendering it with <paramref name="render"/> (which writes the file's bytes to the stream
    /// it is given, or returns false when the original is gone) when absent; null when there is nothing to render.
    /// </summary>
    public async Task<string?> GetOrRenderAsync(string contentHash, string key, string extension, Func<Stream, CancellationToken, Task<bool>> render, CancellationToken cancellationToken)
    {
        var file = FileOf(contentHash, key, extension);
        if (File.Exists(file))
        {
            return file;
        }

        var flight = Rendering.GetOrAdd(file, f => new Lazy<Task<string?>>(() => RenderAsync(f, render)));
        try
        {
            return await flight.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (flight.Value.IsCompleted)
            {
                Rendering.TryRemove(new KeyValuePair<string, Lazy<Task<string?>>>(file, flight));
            }
        }
    }

    /// <summary>Deletes every render of <paramref name="contentHash"/> (its bytes are gone).</summary>
    public void Forget(string contentHash)
    {
        if (!ContentHashes.IsValid(contentHash))
        {
            return;
        }

        var folder = Path.Combine(Root, contentHash);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Never rendered.
        }
    }

    private static async Task<string?> RenderAsync(string file, Func<Stream, CancellationToken, Task<bool>> render)
    {
        // A render is shared by every waiting caller: one caller leaving does not cancel it.
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            bool rendered;
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                rendered = await render(output, CancellationToken.None);
            }

            if (!rendered)
            {
                return null;
            }

            File.Move(temporary, file, overwrite: true);
            return file;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
