using BananPark.Cms.OpenId.Applications;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Validation;

namespace BananPark.Cms.Api.Tests;

/// <summary>The Banan site over plain HTTP (the test server) with OpenID Connect, on a clock the tests can move for token validation.</summary>
public sealed class BearerSite : ApiSite
{
    public BearerSite()
        : base(services => { })
    {
        Factory.With("Cms:OpenId:RequireHttps", "false");
        Factory.WithServices(s => s.Configure<OpenIddictValidationOptions>(o => o.TimeProvider = Clock));
    }

    /// <summary>The clock bearer validation reads: the real one, moved on by <see cref="ShiftedClock.Offset"/>.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>Registers an application; returns the secret shown once (null for a public one).</summary>
    public async Task<string?> RegisterAsync(ApplicationInput input)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ApplicationService>().CreateAsync(input);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(p => $"{p.Key}: {p.Value}")));
        return result.Secret;
    }

    /// <summary>A machine client of <paramref name="roles"/> (its <c>RoleEntries</c>) asking for <paramref name="scopes"/>.</summary>
    public Task<string?> MachineAsync(string clientId, string[] roles, params string[] scopes)
        => RegisterAsync(new ApplicationInput
        {
            ClientId = clientId,
            DisplayName = clientId,
            Type = ApplicationInput.Confidential,
            AllowClientCredentialsFlow = true,
            Scopes = [.. scopes.DefaultIfEmpty("api")],
            Roles = [.. roles],
        });

    /// <summary>Runs <paramref name="action"/> with the site's services, in a scope of its own.</summary>
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}

/// <summary>The real clock plus an offset the test sets.</summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
