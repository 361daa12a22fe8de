using System.Net;
using BananPark.Cms.OpenId.Applications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenIddict.Validation;

namespace BananPark.Cms.OpenId.Tests;

/// <summary>Tokens that must not work: expired, and issued by another site (another tenant's keys and store).</summary>
public sealed class TokenRefusalTests
{
    private static ApplicationInput Machine(string clientId) => new()
    {
        ClientId = clientId,
        DisplayName = clientId,
        Type = ApplicationInput.Confidential,
        AllowClientCredentialsFlow = true,
        Scopes = ["api"],
    };

    [Fact]
    public async Task Bearer_WhenTokenExpired_IsRefused()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = new OpenIdSite().WithServices(s => s.Configure<OpenIddictValidationOptions>(o => o.TimeProvider = clock));
        await site.InitializeAsync();
        var secret = await site.RegisterAsync(Machine("expiring"));
        using var http = site.NewClient();
        var token = (await OAuthClient.ClientCredentialsAsync(http, "expiring", secret!)).AccessToken!;
        Assert.NotNull((await site.AuthenticateBearerAsync(token)).Principal);

        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        Assert.Null((await site.AuthenticateBearerAsync(token)).Principal);
    }

    [Fact]
    public async Task Bearer_WhenIssuedByAnotherSite_IsRefused()
    {
        await using var ours = new OpenIdSite();
        await using var theirs = new OpenIdSite();
        await ours.InitializeAsync();
        await theirs.InitializeAsync();
        var secret = await theirs.RegisterAsync(Machine("same-client-id"));
        await ours.RegisterAsync(Machine("same-client-id"));
        using var http = theirs.NewClient();
        var answer = await OAuthClient.ClientCredentialsAsync(http, "same-client-id", secret!);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.NotNull((await theirs.AuthenticateBearerAsync(answer.AccessToken!)).Principal);

        Assert.Null((await ours.AuthenticateBearerAsync(answer.AccessToken!)).Principal);
    }
}
