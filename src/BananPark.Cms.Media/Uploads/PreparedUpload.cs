namespace BananPark.Cms.Media.Uploads;

/// <summary>An upload that passed every check: the bytes to store (metadata stripped, orientation applied) and what they are.</summary>
/// <param name="Bytes">What is stored.</param>
/// <param name="Kind">What the bytes are.</param>
/// <param name="FileName">The stored file name: the client's name as a slug with the kind's extension.</param>
/// <param name="Width">Pixel width, null for documents.</param>
/// <param name="Height">Pixel height, null for documents.</param>
/// <param name="ContentHash">SHA-256 of <paramref name="Bytes"/>, lower-case hex.</param>
public sealed record PreparedUpload(ReadOnlyMemory<byte> Bytes, MediaKind Kind, string FileName, int? Width, int? Height, string ContentHash);
