using System.Security.Cryptography;
using System.Text;
using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary>
/// The per-address rate limit, counted in <see cref="ISharedCounters"/> (this process on one node, Redis across
/// nodes), and the hash an enquiry keeps of its sender's address.
/// </summary>
public sealed class EnquiryGuards(ISharedCounters counters, ITenantContext tenant, TimeProvider clock, IOptions<EnquiriesOptions> options)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Counts one submission from the request's address; false once the address is over its limit for the minute.</summary>
    public async Task<bool> AllowAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var count = await counters.IncrementAsync($"enquiries:{tenant.Tenant.Name}:{Address(http)}", clock.GetUtcNow(), Window, Core.Tenancy.SharedCountWindow.Fixed, cancellationToken);
        return count.Count <= options.Value.SubmissionsPerMinute;
    }

    /// <summary>SHA-256 (hex) of the tenant and the address: the same sender is recognisable, the address is not kept.</summary>
    public string AddressHash(HttpContext http)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"banan-enquiry|{tenant.Tenant.Name}|{Address(http)}")));

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
