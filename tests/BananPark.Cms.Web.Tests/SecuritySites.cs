using BananPark.Cms.Identity.Data;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
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
        => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = BaseAddress };
}
