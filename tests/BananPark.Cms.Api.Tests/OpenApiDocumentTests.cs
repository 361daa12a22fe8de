using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Api.Tests;

/// <summary>The OpenAPI document describes exactly the API's mapped endpoints; the reference page shows them and the admin links it.</summary>
public sealed class OpenApiDocumentTests(ApiSite site) : IClassFixture<ApiSite>
{
    [Fact]
    public async Task Document_ListsEveryApiEndpoint_AndNothingElse()
    {
        using var client = site.NewClient();
        var document = await ApiClient.JsonAsync(await ApiClient.GetAsync(client, "/api/openapi/v1.json"));
        var documented = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key.ToUpperInvariant()} {p.Key}"))
            .Order(StringComparer.Ordinal).ToList();

        var mapped = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/api/openapi/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.Equal(mapped, documented);
        Assert.Contains("GET /api/content", documented);
        Assert.Contains("PATCH /api/content/{id}", documented);
        Assert.Equal("Banan Park CMS content API", document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReferencePage_ShowsEachOperation_FromTheSiteItself()
    {
        using var client = site.NewClient();
        var response = await ApiClient.GetAsync(client, "/api/reference");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<code>PUT /api/content/{id}</code>", html);
        Assert.Contains("If-Match", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html.Replace("https://www.rfc-editor.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminMenu_LinksTheReference()
    {
        using var admin = await ApiClient.AdminAsync(site);

        var html = await (await ApiClient.GetAsync(admin, "/admin")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("href=\"/api/reference\"", html);
    }
}
