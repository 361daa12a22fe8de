using System.Globalization;

namespace BananPark.Cms.Media.Admin;

/// <summary>The library screens' addresses, built in one place so links and redirects agree.</summary>
public static class MediaAdminUrls
{
    /// <summary>The library.</summary>
    public const string Library = "/admin/media";

    /// <summary>The media profiles screen.</summary>
    public const string Profiles = Library + "/profiles";

    /// <summary>One profile's edit page.</summary>
    public static string Profile(string name) => $"{Profiles}/{Uri.EscapeDataString(name)}";

    /// <summary>The library at <paramref name="folder"/>, with a search and a page when given.</summary>
    public static string Folder(string folder, string? search = null, int page = 1)
    {
        var query = new List<string>();
        if (folder.Length > 0)
        {
            query.Add("folder=" + Uri.EscapeDataString(folder));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            query.Add("q=" + Uri.EscapeDataString(search.Trim()));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? Library : $"{Library}?{string.Join('&', query)}";
    }

    /// <summary>An asset's details page: <c>/admin/media/item/{path}</c>, each segment encoded.</summary>
    public static string Item(string path) => $"{Library}/item/{string.Join('/', path.Split('/').Select(Uri.EscapeDataString))}";

    /// <summary>The folder part of a library path (<c>""</c> at the root).</summary>
    public static string FolderOf(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    /// <summary>A size in bytes for people: 512 B, 12.3 KB, 4.5 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
