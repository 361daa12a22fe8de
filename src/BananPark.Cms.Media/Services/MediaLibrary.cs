using System.Security.Claims;

namespace BananPark.Cms.Media.Services;

/// <summary>The media library the screens use: list, upload, change, move, delete, folders, usages.</summary>
public sealed class MediaLibrary
{
    /// <summary>A page of a folder's files (or of a search under it) and its direct subfolders.</summary>
    public Task<MediaListPage> ListAsync(MediaListQuery q, ClaimsPrincipal user, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>Uploads one file into <paramref name="folder"/> through the safe pipeline.</summary>
    public Task<MediaUploadResult> UploadAsync(Stream content, string clientFileName, string folder, ClaimsPrincipal user, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>Changes an asset's alt texts, caption, credit or focal point.</summary>
    public Task<MediaChangeResult> UpdateAsync(string path, MediaMetadataChange change, ClaimsPrincipal user, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>Moves files into <paramref name="targetFolder"/>, all or none.</summary>
    public Task<MediaChangeResult> MoveAsync(IReadOnlyList<string> paths, string targetFolder, ClaimsPrincipal user, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>Deletes files, all or none.</summary>
    public Task<MediaChangeResult> DeleteAsync(IReadOnlyList<string> paths, ClaimsPrincipal user, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>Creates an empty folder.</summary>
    public Task<MediaChangeResult> CreateFolderAsync(string folder, ClaimsPrincipal user, CancellationToken ct) => throw new NotImplementedException();

    /// <summary>The content items (latest versions) whose JSON names one of <paramref name="paths"/>.</summary>
    public Task<IReadOnlyList<MediaUsage>> UsagesAsync(IReadOnlyList<string> paths, CancellationToken ct) => throw new NotImplementedException();
}
