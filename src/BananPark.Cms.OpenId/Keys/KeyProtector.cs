using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;

namespace BananPark.Cms.OpenId.Keys;

/// <summary>Protects a tenant's RSA private keys with data protection (a purpose per tenant), so the database never holds them in the clear.</summary>
public sealed class KeyProtector(IDataProtectionProvider protection)
{
    private const string Purpose = "BananPark.Cms.OpenId.Keys.v1";

    /// <summary>A new 2048-bit RSA key's PKCS#8 export, protected for <paramref name="tenant"/>.</summary>
    public string CreateProtected(string tenant)
    {
        using var rsa = RSA.Create(2048);
        return Protector(tenant).Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()));
    }

    /// <summary>The security key of a stored key; throws <see cref="CryptographicException"/> when it was protected for another tenant or tampered with.</summary>
    public RsaSecurityKey Unprotect(string tenant, string keyId, string protectedKey)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(Protector(tenant).Unprotect(protectedKey)), out _);
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    private IDataProtector Protector(string tenant) => protection.CreateProtector(Purpose, tenant);
}
