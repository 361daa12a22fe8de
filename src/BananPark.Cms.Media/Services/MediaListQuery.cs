namespace BananPark.Cms.Media.Services;

/// <summary>One page of the library: a folder's files, optionally filtered by a search on name and alt text.</summary>
public sealed record MediaListQuery
{
    /// <summary>The largest page the library serves.</summary>
    public const int MaxPageSize = 200;

    /// <summary>The folder (<c>""</c> is the root); its direct files are listed, or all files under it when searching.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Words matched against the file name and the alt texts of every culture; null or empty lists all.</summary>
    public string? Search { get; init; }

    /// <summary>1-based page number.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Items per page, at most <see cref="MaxPageSize"/>.</summary>
    public int PageSize { get; init; } = 48;

    /// <summary>Only the files the user uploaded (always true for a user holding only <c>ManageOwnMediaContent</c>).</summary>
    public bool OnlyMine { get; init; }
}

/// <summary>A page of files and the folder's direct subfolders.</summary>
/// <param name="Items">The files of this page, ordered by name.</param>
/// <param name="Total">How many files match in all.</param>
/// <param name="Folders">The direct subfolders of the asked folder, with the number of files under each.</param>
public sealed record MediaListPage(IReadOnlyList<Core.Media.MediaAsset> Items, int Total, IReadOnlyList<MediaFolderInfo> Folders);

/// <summary>A folder of the library.</summary>
/// <param name="Path">Its full path (<c>park/groups</c>).</param>
/// <param name="Name">Its last segment.</param>
/// <param name="FileCount">Files under it, subfolders included.</param>
public sealed record MediaFolderInfo(string Path, string Name, int FileCount);

/// <summary>A content item (latest version) whose JSON names a media path.</summary>
public sealed record MediaUsage(string Path, string ContentItemId, string ContentType, string DisplayText);
