using System.Globalization;
using System.Text;

namespace BananPark.Cms.Media.Uploads;

/// <summary>
/// File names and library paths: a client's name becomes a slug (letters of any script kept, Chinese included; the rest a
/// dash), and a path is checked segment by segment. Nothing a client sent is ever used as a path on disk.
/// </summary>
public static class MediaNames
{
    /// <summary>Longest slug of one name or folder segment.</summary>
    public const int MaxSegmentLength = 80;

    /// <summary>The file name's slug (no extension), or null when the name is not acceptable (path parts, NUL or control characters, nothing left).</summary>
    public static string? FileSlug(string? clientFileName)
    {
        if (string.IsNullOrWhiteSpace(clientFileName) || HasForbiddenCharacters(clientFileName) || clientFileName.Contains('/') || clientFileName.Contains('\\'))
        {
            return null;
        }

        var dot = clientFileName.LastIndexOf('.');
        var stem = dot > 0 ? clientFileName[..dot] : clientFileName;
        var slug = Slug(stem);
        return slug.Length == 0 ? null : slug;
    }

    /// <summary>A folder as the library stores it (segments slugged, <c>""</c> the root), or null when it cannot be one.</summary>
    public static string? Folder(string? folder)
    {
        if (string.IsNullOrWhiteSpace(folder))
        {
            return "";
        }

        if (HasForbiddenCharacters(folder) || folder.Contains('\\'))
        {
            return null;
        }

        var segments = folder.Trim().Trim('/').Split('/');
        var slugs = new List<string>(segments.Length);
        foreach (var segment in segments)
        {
            if (segment is "" or "." or "..")
            {
                return null;
            }

            var slug = Slug(segment);
            if (slug.Length == 0)
            {
                return null;
            }

            slugs.Add(slug);
        }

        var result = string.Join('/', slugs);
        return result.Length <= Data.MediaAssetRecord.PathLength - MaxSegmentLength - 8 ? result : null;
    }

    /// <summary>True for a library path as stored (what <c>/media/{path}</c> and the library's calls accept).</summary>
    public static bool IsValidPath(string? path)
        => !string.IsNullOrEmpty(path) && path.Length <= Data.MediaAssetRecord.PathLength && !HasForbiddenCharacters(path)
            && !path.Contains('\\') && path.Split('/').All(s => s is not ("" or "." or ".."));

    /// <summary>The folder part of a valid path (<c>""</c> at the root).</summary>
    public static string FolderOf(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] : "";

    /// <summary>The file name part of a valid path.</summary>
    public static string FileNameOf(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Joins a folder and a file name.</summary>
    public static string Combine(string folder, string fileName) => folder.Length == 0 ? fileName : folder + "/" + fileName;

    /// <summary>Lower-case letters and digits of any script, underscores kept, every other run a single dash.</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxSegmentLength));
        var dash = false;
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || rune.Value == '_')
            {
                if (builder.Length + rune.Utf16SequenceLength + (dash ? 1 : 0) > MaxSegmentLength)
                {
                    break;
                }

                if (dash)
                {
                    builder.Append('-');
                    dash = false;
                }

                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (builder.Length > 0)
            {
                dash = true;
            }
        }

        return builder.ToString();
    }

    private static bool HasForbiddenCharacters(string text)
        => text.Any(c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator);
}
