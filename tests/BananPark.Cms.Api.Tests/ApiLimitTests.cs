using System.Net;
using BananPark.Cms.Core.Security;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Api.Tests;

/// <summary>A site allowing 5 API requests a minute per caller.</summary>
public sealed class RateLimitedSite : ApiSite
{
    public RateLimitedSite() => Factory.With("Cms:Api:RequestsPerMinute", "5");
}

/// <summary>A site whose applications allow one browser origin (the OpenID capability's answer, given here directly).</summary>
public sealed class PartnerOriginSite() : ApiSite(services => services.AddSingleton<IApiClientOrigins>(new PartnerOriginSite.OneOrigin()))
{
    public const string Origin = "https://partner.example";

    private sealed class OneOrigin : IApiClientOrigins
    {
        public Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken = default) => Task.FromResult(origin == Origin);
    }
}

public sealed class ApiRateLimitTests(RateLimitedSite site) : IClassFixture<RateLimitedSite>
{
    [Fact]
    public async Task PastTheLimit_Is429WithRetryAfter_AndOtherCallersGoOn()
    {
        using var admin = await ApiClient.AdminAsync(site);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 7; i++)
        {
            last = await ApiClient.GetAsync(admin, "/api/content?type=Cluster");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, 5), statuses.Take(5));
        Assert.Equal((HttpStatusCode)429, last!.StatusCode);
        Assert.InRange(last.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);

        using var other = await ApiClient.UserAsync(site, "Editor");
        Assert.Equal(HttpStatusCode.OK, (await ApiClient.GetAsync(other, "/api/content?type=Cluster")).StatusCode);
    }
}

public sealed class ApiCorsTests(PartnerOriginSite site) : IClassFixture<PartnerOriginSite>
{
    [Fact]
    public async Task AllowedOrigin_GetsTheCorsHeaders_WithoutCredentials()
    {
        using var client = site.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/content?type=Cluster", UriKind.Relative));
        request.Headers.Add("Origin", PartnerOriginSite.Origin);

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(PartnerOriginSite.Origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task OtherOrigin_GetsNoCorsHeaders()
    {
        using var client = site.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/content?type=Cluster", UriKind.Relative));
        request.Headers.Add("Origin", "https://evil.example");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData(PartnerOriginSite.Origin, true)]
    [InlineData("https://evil.example", false)]
    public async Task Preflight_AllowsOnlyTheApplicationsOrigin(string origin, bool allowed)
    {
        using var client = site.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/content/abc", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allowed, response.Headers.Contains("Access-Control-Allow-Methods"));
        if (allowed)
        {
            Assert.Contains("If-Match", response.Headers.GetValues("Access-Control-Allow-Headers").Single());
        }
    }
}
