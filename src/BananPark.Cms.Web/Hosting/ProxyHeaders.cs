using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Web.Hosting;

/// <summary>
/// Behind a trusted proxy (<see cref="ProxyOptions"/>), the client's address and scheme come from its
/// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>: the security log, the sign-in rate limit and
/// <c>Strict-Transport-Security</c> then see the browser, not the proxy. Headers from anyone else are ignored.
/// </summary>
internal static class ProxyHeaders
{
    public static WebApplicationBuilder AddCmsProxy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().Bind(builder.Configuration.GetSection("Cms:Proxy")).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ProxyOptions>>(new ProxyOptionsValidation());
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxy) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the listed ones: not even loopback, which ASP.NET Core trusts by default.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it (errors, headers, logs, limits) sees the client.</summary>
    public static WebApplication UseCmsForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private sealed class ProxyOptionsValidation : IValidateOptions<ProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, ProxyOptions options)
            => options.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
