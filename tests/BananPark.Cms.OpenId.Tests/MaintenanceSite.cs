using BananPark.Cms.OpenId.Maintenance;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>The site on a fake clock (moved by the tests), with small pruning batches; helpers to plant tokens and authorizations.</summary>
public sealed class MaintenanceSite : OpenIdSite
{
    public const int BatchSize = 3;

    public MaintenanceSite() => WithServices(s => s.AddSingleton<TimeProvider>(Clock));

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public OpenIdMaintenance Maintenance => Services.GetRequiredService<OpenIdMaintenance>();

    public async Task<string> AddTokenAsync(string subject, TimeSpan age, TimeSpan expiresIn, string status = OpenIddictConstants.Statuses.Valid, string? authorizationId = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var now = Clock.GetUtcNow();
        var token = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            Subject = subject,
            Type = OpenIddictConstants.TokenTypeHints.AccessToken,
            Status = status,
            CreationDate = now - age,
            ExpirationDate = now - age + expiresIn,
            AuthorizationId = authorizationId,
        });
        return (await tokens.GetIdAsync(token))!;
    }

    public async Task<string> AddAuthorizationAsync(string subject, TimeSpan age, string status, string type)
    {
        await using var scope = Services.CreateAsyncScope();
        var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var authorization = await authorizations.CreateAsync(new OpenIddictAuthorizationDescriptor
        {
            Subject = subject,
            Status = status,
            Type = type,
            CreationDate = Clock.GetUtcNow() - age,
        });
        return (await authorizations.GetIdAsync(authorization))!;
    }

    public async Task<bool> TokenExistsAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>().FindByIdAsync(id) is not null;
    }

    public async Task<bool> AuthorizationExistsAsync(string id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>().FindByIdAsync(id) is not null;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cms:OpenId:PruneBatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
