using BananPark.Cms.Core.Media;

namespace BananPark.Cms.Media.Services;

/// <summary>Why an upload was refused (stable codes for the screens' JavaScript).</summary>
public enum MediaRefusalCode
{
    /// <summary>Larger than <c>MaxUploadMegabytes</c>.</summary>
    TooLarge,

    /// <summary>More pixels, or a longer side, than allowed.</summary>
    TooManyPixels,

    /// <summary>The bytes are none of JPEG, PNG, WebP, GIF or PDF (HTML, scripts, executables…).</summary>
    UnsupportedKind,

    /// <summary>SVG (it can carry scripts).</summary>
    Svg,

    /// <summary>The picture cannot be read (truncated or corrupt).</summary>
    Corrupt,

    /// <summary>The file name has nothing usable left once cleaned.</summary>
    BadName,

    /// <summary>The folder is not a valid library folder.</summary>
    BadFolder,

    /// <summary>The file is empty.</summary>
    Empty,

    /// <summary>Too many uploads this minute.</summary>
    RateLimited,

    /// <summary>The user may not upload.</summary>
    Forbidden,

    /// <summary>An animation with more frames, or more pixels in all its frames together, than allowed.</summary>
    TooManyFrames,
}

/// <summary>A refused upload: a code and a message an editor understands.</summary>
public sealed record MediaRefusal(MediaRefusalCode Code, string Message);

/// <summary>The outcome of an upload: the stored asset or why nothing was stored, never both.</summary>
public sealed record MediaUploadResult
{
    private MediaUploadResult(MediaAsset? asset, MediaRefusal? refusal) => (Asset, Refusal) = (asset, refusal);

    /// <summary>The stored asset, when accepted.</summary>
    public MediaAsset? Asset { get; }

    /// <summary>Why nothing was stored, when refused.</summary>
    public MediaRefusal? Refusal { get; }

    /// <summary>An accepted upload.</summary>
    public static MediaUploadResult Accepted(MediaAsset asset) => new(asset, null);

    /// <summary>A refused upload.</summary>
    public static MediaUploadResult Refused(MediaRefusalCode code, string message) => new(null, new MediaRefusal(code, message));
}

/// <summary>Metadata an editor changes; a null member is left as it is.</summary>
public sealed record MediaMetadataChange
{
    /// <summary>Alt text per culture (<c>""</c> the default); replaces all alt texts when set; empty texts are dropped.</summary>
    public IReadOnlyDictionary<string, string>? AltTexts { get; init; }

    /// <summary>The caption (empty clears it).</summary>
    public string? Caption { get; init; }

    /// <summary>The credit (empty clears it).</summary>
    public string? Credit { get; init; }

    /// <summary>The focal point.</summary>
    public FocalPoint? FocalPoint { get; init; }

    /// <summary>True to clear the focal point (back to the centre).</summary>
    public bool ClearFocalPoint { get; init; }
}

/// <summary>How a change ended.</summary>
public enum MediaChangeStatus
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>A path or folder does not exist.</summary>
    NotFound,

    /// <summary>The user may not change it.</summary>
    Forbidden,

    /// <summary>The request makes no sense (message says why).</summary>
    Invalid,
}

/// <summary>The outcome of a change; nothing was written unless <see cref="Status"/> is <see cref="MediaChangeStatus.Ok"/>.</summary>
public sealed record MediaChangeResult(MediaChangeStatus Status, string? Message = null)
{
    /// <summary>Done.</summary>
    public static MediaChangeResult Ok { get; } = new(MediaChangeStatus.Ok);

    /// <summary>True when done.</summary>
    public bool Succeeded => Status == MediaChangeStatus.Ok;

    /// <summary>Not found, with what.</summary>
    public static MediaChangeResult NotFound(string message) => new(MediaChangeStatus.NotFound, message);

    /// <summary>Forbidden, with why.</summary>
    public static MediaChangeResult Forbidden(string message) => new(MediaChangeStatus.Forbidden, message);

    /// <summary>Invalid, with why.</summary>
    public static MediaChangeResult Invalid(string message) => new(MediaChangeStatus.Invalid, message);
}
