namespace BananPark.Cms.Media.Storage;

/// <summary>The one check that a content hash is what the store names files by: 64 lower-case hex digits.</summary>
public static class ContentHashes
{
    /// <summary>True for a lower-case hex SHA-256.</summary>
    public static bool IsValid(string? hash) => hash is { Length: 64 } && hash.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>Lower-case hex SHA-256 of <paramref name="bytes"/>.</summary>
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
