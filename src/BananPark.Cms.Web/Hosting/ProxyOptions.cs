using System.Net;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// The reverse proxies the site trusts. Bound from <c>Cms:Proxy</c>. Off by default: with none listed,
/// <c>X-Forwarded-*</c> headers are ignored and the connection's own address and scheme count.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>Addresses of proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>True when any proxy is trusted.</summary>
    public bool Enabled => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>What is wrong with the lists, one line each; empty when both read.</summary>
    public IEnumerable<string> Problems()
        => KnownProxies.Where(a => !IPAddress.TryParse(a, out _)).Select(a => $"Cms:Proxy:KnownProxies: '{a}' is not an IP address.")
            .Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)).Select(n => $"Cms:Proxy:KnownNetworks: '{n}' is not a network such as 10.0.0.0/24."));
}
