namespace BananPark.Cms.OpenId.Data;

/// <summary>One RSA key of the tenant's server: its private key protected by data protection, never stored in the clear.</summary>
public sealed class OpenIdKey
{
    /// <summary>The key id (<c>kid</c>) tokens and the JWKS name.</summary>
    public required string Id { get; set; }

    /// <summary><see cref="KeyUses.Signing"/> or <see cref="KeyUses.Encryption"/>.</summary>
    public required string Use { get; set; }

    /// <summary>The PKCS#8 private key, protected for the tenant (<see cref="Keys.KeyProtector"/>).</summary>
    public required string ProtectedKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>From when it signs or encrypts new tokens; before that it is only published, so every node knows it first.</summary>
    public DateTime ActivatesUtc { get; set; }

    /// <summary>When it is removed: tokens it protected have all expired by then.</summary>
    public DateTime ExpiresUtc { get; set; }
}

/// <summary>What a key is for.</summary>
public static class KeyUses
{
    public const string Signing = "sig";
    public const string Encryption = "enc";
}
