using BananPark.Cms.Identity.Data;
using BananPark.Cms.Testing;
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
