using System.Net;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BananPark.Cms.Web.Tests;

/// <summary>An admin site whose clock a test moves and whose password hasher counts the hashes it checks.</summary>
public sealed class ClockedAdminSite() : AdminSite(services => services
    .AddSingleton<TimeProvider>(new ManualClock(DateTimeOffset.UtcNow))
    .Replace(ServiceDescriptor.Scoped<IPasswordHasher<CmsUser>, CountingPasswordHasher>())
    .AddSingleton<HashCount>())
{
    public ManualClock Clock => (ManualClock)Factory.Services.GetRequiredService<TimeProvider>();

    /// <summary>How many password hashes the site has checked so far.</summary>
    public int HashesChecked => Factory.Services.GetRequiredService<HashCount>().Value;
}

/// <summary>Counts every check of a password against a hash.</summary>
public sealed class HashCount
{
    private int _value;

    public int Value => Volatile.Read(ref _value);

    public void Add() => Interlocked.Increment(ref _value);
}

/// <summary>Identity's password hasher, counting each verification.</summary>
public sealed class CountingPasswordHasher(HashCount count) : IPasswordHasher<CmsUser>
{
    private readonly PasswordHasher<CmsUser> _inner = new();

    public string HashPassword(CmsUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(CmsUser user, string hashedPassword, string providedPassword)
    {
        count.Add();
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>An admin site behind a real Kestrel server on 127.0.0.1 (a free port), for what only a real server does: header checks, body limits.</summary>
public sealed class KestrelAdminSite : AdminSite
{
    public KestrelAdminSite() => Factory.UseKestrel(0);

    /// <summary>Where the server listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseAddress => new(Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());

    /// <summary>A client of the real server that keeps cookies and follows no redirect (the factory's own client would).</summary>
    public override HttpClient NewClient()
        => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = BaseAddress };
}

/// <summary>
/// Lets a test say which address a request comes from (<c>X-Test-Peer</c>), as the connection's remote
/// address, before the site's own middleware runs: TestServer connections have none.
/// </summary>
public sealed class TestPeer : IStartupFilter
{
    public const string Header = "X-Test-Peer";

    public static void Add(IServiceCollection services) => services.AddSingleton<IStartupFilter, TestPeer>();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var peer))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>An admin site behind a proxy at 10.0.0.1 (<c>Cms:Proxy:KnownProxies</c>) that serves it over HTTPS only.</summary>
public sealed class ProxiedAdminSite : AdminSite
{
    public const string Proxy = "10.0.0.1";

    public ProxiedAdminSite()
        : base(TestPeer.Add)
        => Factory.With("Cms:Proxy:KnownProxies:0", Proxy).With("Cms:Identity:SecureCookies", "true");

    /// <summary>A client whose requests come from <paramref name="peer"/> over <paramref name="scheme"/>.</summary>
    public HttpClient NewClient(string peer, string scheme = "http")
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"{scheme}://localhost") });
        client.DefaultRequestHeaders.Add(TestPeer.Header, peer);
        return client;
    }
}
