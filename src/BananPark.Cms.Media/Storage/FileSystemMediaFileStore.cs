using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Data.Services;

namespace BananPark.Cms.Media.Storage;

/// <summary>
/// The default store: <c>App_Data/Sites/{Tenant}/Media/{ab}/{hash}</c>. The name is always the hash the store
/// checked, never anything a client sent. A write goes to a temporary file first and is moved into place.
/// </summary>
internal sealed class FileSystemMediaFileStore(TenantDataPaths paths, ITenantContext tenant) : IMediaFileStore
{
    /// <summary>The tenant's media folder.</summary>
    public string Root => Path.Combine(paths.TenantFolder(tenant.Tenant), "Media");

    public Task<Stream?> OpenReadAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        var file = FileOf(contentHash);
        try
        {
            return Task.FromResult<Stream?>(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024, useAsync: true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public async Task<bool> WriteIfAbsentAsync(string contentHash, Stream content, CancellationToken cancellationToken = default)
    {
        var file = FileOf(contentHash);
        if (File.Exists(file))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await content.CopyToAsync(output, cancellationToken);
            }

            try
            {
                File.Move(temporary, file, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(file))
            {
                // Another upload of the same bytes won the race: same name, same content.
                return false;
            }
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task DeleteAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        File.Delete(FileOf(contentHash));
        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string contentHash, CancellationToken cancellationToken = default)
        => Task.FromResult(File.Exists(FileOf(contentHash)));

    private string FileOf(string contentHash)
    {
        if (!ContentHashes.IsValid(contentHash))
        {
            throw new ArgumentException("Not a content hash.", nameof(contentHash));
        }

        return Path.Combine(Root, contentHash[..2], contentHash);
    }
}
