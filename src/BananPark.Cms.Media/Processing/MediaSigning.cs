using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace BananPark.Cms.Media.Processing;

/// <summary>
/// The tenant's signing key for resize URLs: 32 random bytes made once, kept in the tenant's documents protected by data
/// protection (so every node sharing the database and the keys reads the same secret), held in memory per tenant. A
/// signature is the HMAC-SHA256 of the path and the commands' canonical form, 16 bytes in base64url.
/// </summary>
public sealed class MediaSigning(IDataProtectionProvider protection)
{
    /// <summary>The tenant document holding the protected key.</summary>
    public const string DocumentName = "MediaSigningKey";

    private const string Purpose = "BananPark.Cms.Media.SigningKey";

    private readonly ConcurrentDictionary<string, byte[]> _keys = new(StringComparer.Ordinal);

    /// <summary>Loads (or makes and saves) the tenant's key; the initializer calls it on start, the URLs on first use.</summary>
    public async Task<byte[]> LoadAsync(string tenant, IDocumentStore documents, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(tenant, out var known))
        {
            return known;
        }

        var protector = protection.CreateProtector(Purpose, tenant);
        var document = await documents.GetAsync(DocumentName, cancellationToken);
        byte[] key;
        if (document?["Protected"]?.GetValue<string>() is { } stored)
        {
            key = protector.Unprotect(Convert.FromBase64String(stored));
        }
        else
        {
            key = RandomNumberGenerator.GetBytes(32);
            await documents.SaveAsync(DocumentName, new JsonObject { ["Protected"] = Convert.ToBase64String(protector.Protect(key)) }, cancellationToken);
        }

        return _keys.GetOrAdd(tenant, key);
    }

    /// <summary>The key when loaded already, else null.</summary>
    public byte[]? Known(string tenant) => _keys.GetValueOrDefault(tenant);

    /// <summary>The signature of <paramref name="path"/> rendered with <paramref name="canonicalCommands"/>.</summary>
    public static string Sign(byte[] key, string path, string canonicalCommands)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(path + "\n" + canonicalCommands));
        return Convert.ToBase64String(mac, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>True when <paramref name="token"/> is the signature (compared in constant time).</summary>
    public static bool Verify(byte[] key, string path, string canonicalCommands, string? token)
        => token is { Length: > 0 and < 64 }
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(key, path, canonicalCommands)), Encoding.ASCII.GetBytes(token));
}
