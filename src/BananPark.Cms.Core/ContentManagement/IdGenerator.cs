using System.Security.Cryptography;

namespace BananPark.Cms.Core.ContentManagement;

/// <summary>Makes 26-character ids like Orchard's: random, lower-case base32, URL-safe.</summary>
public static class IdGenerator
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>A new random id.</summary>
    public static string NewId()
    {
        Span<byte> bytes = stackalloc byte[26];
        RandomNumberGenerator.Fill(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[bytes[i] & 31];
        }

        return new string(chars);
    }
}
