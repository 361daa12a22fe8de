using System.Text.Json;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Data;

namespace BananPark.Cms.Media.Services;

/// <summary>Rows to <see cref="MediaAsset"/>s and the derived columns (search text) of a row.</summary>
internal static class MediaRecords
{
    public static MediaAsset ToAsset(MediaAssetRecord r) => new()
    {
        Path = r.Path,
        Folder = r.Folder,
        FileName = r.FileName,
        Length = r.Length,
        Width = r.Width,
        Height = r.Height,
        ContentHash = r.ContentHash,
        MimeType = r.MimeType,
        AltTexts = ReadAltTexts(r.AltTexts),
        Caption = r.Caption,
        Credit = r.Credit,
        FocalPoint = r.FocalX is { } x && r.FocalY is { } y ? new FocalPoint(x, y) : null,
        UploadedBy = r.UploadedBy,
        UploadedUtc = r.UploadedUtc,
        ModifiedUtc = r.ModifiedUtc,
    };

    public static IReadOnlyDictionary<string, string> ReadAltTexts(string json)
        => JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];

    public static string WriteAltTexts(IReadOnlyDictionary<string, string> altTexts)
        => JsonSerializer.Serialize(altTexts.Where(p => p.Value.Length > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));

    /// <summary>Sets <see cref="MediaAssetRecord.SearchText"/>: the file name and every alt text, lower-case, one space between.</summary>
    public static void Derive(MediaAssetRecord r)
    {
        var parts = new List<string> { r.FileName };
        parts.AddRange(ReadAltTexts(r.AltTexts).Values);
        var text = string.Join(' ', parts.SelectMany(p => p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToLowerInvariant();
        r.SearchText = text.Length <= MediaAssetRecord.SearchTextLength ? text : text[..MediaAssetRecord.SearchTextLength];
    }

    /// <summary>Approximate bytes an asset holds in the cache.</summary>
    public static long SizeOf(MediaAsset a) => 400 + (a.Path.Length * 4) + a.AltTexts.Sum(p => (p.Key.Length + p.Value.Length) * 2L) + ((a.Caption?.Length ?? 0) * 2);
}
