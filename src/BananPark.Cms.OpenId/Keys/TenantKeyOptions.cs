using BananPark.Cms.OpenId.Server;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace BananPark.Cms.OpenId.Keys;

/// <summary>Gives the OpenIddict server the current tenant's keys (never development certificates or ephemeral keys).</summary>
internal sealed class TenantKeyOptions(TenantKeyRing ring, CurrentTenantName tenant) : IConfigureOptions<OpenIddictServerOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        var set = ring.Get(tenant.Value)
            ?? throw new InvalidOperationException($"The OpenID keys of tenant {tenant.Value} are not loaded yet (its initializer has not run).");
        foreach (var key in set.Signing)
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }

        foreach (var key in set.Encryption)
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials(key, SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
