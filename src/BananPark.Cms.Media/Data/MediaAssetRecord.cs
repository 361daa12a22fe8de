namespace BananPark.Cms.Media.Data;

/// <summary>One file of the library: its row (the bytes live in the file store under <see cref="ContentHash"/>).</summary>
public sealed class MediaAssetRecord
{
    /// <summary>Longest library path.</summary>
    public const int PathLength = 512;

    /// <summary>Longest file name.</summary>
    public const int FileNameLength = 200;

    /// <summary>Most characters of <see cref="SearchText"/>.</summary>
    public const int SearchTextLength = 2000;

    public long Id { get; set; }

    /// <summary>The library path (<c>park/hero.jpg</c>), unique.</summary>
    public string Path { get; set; } = "";

    /// <summary>The folder part (<c>""</c> at the root).</summary>
    public string Folder { get; set; } = "";

    public string FileName { get; set; } = "";

    public long Length { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public string ContentHash { get; set; } = "";

    public string MimeType { get; set; } = "";

    /// <summary>Alt text per culture as a JSON object (<c>{"": "…", "zh-CN": "…"}</c>).</summary>
    public string AltTexts { get; set; } = "{}";

    /// <summary>Lower-case file name and alt texts, for the library's search (<c>LIKE '%word%'</c>).</summary>
    public string SearchText { get; set; } = "";

    public string? Caption { get; set; }

    public string? Credit { get; set; }

    public double? FocalX { get; set; }

    public double? FocalY { get; set; }

    public string? UploadedBy { get; set; }

    public DateTime UploadedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>Changes on every write; a save that read an older stamp is refused.</summary>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
}

/// <summary>A folder made before any file was put in it (folders with files need no row).</summary>
public sealed class MediaFolderRecord
{
    public long Id { get; set; }

    /// <summary>The folder's path (<c>park/groups</c>), unique.</summary>
    public string Path { get; set; } = "";

    /// <summary>The folder above (<c>""</c> at the root).</summary>
    public string Parent { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
