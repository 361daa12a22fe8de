using System.Net;
using System.Reflection;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Every page that reads the query string (each Razor component endpoint of the assembled site with
/// a [SupplyParameterFromQuery] property, and each GET endpoint under /admin with a handler parameter
/// bound from the query, so a new one is covered without anyone listing it), asked
/// by a signed-in Administrator with values a person, an old bookmark or a scanner may send: each
/// answers as it does without them (same status, or 400, and the same heading), never 500, and a
/// redirect never leaves the site.
/// </summary>
public sealed class HostileQueryTests(AdminSite site) : IClassFixture<AdminSite>
{
    /// <summary>Query values, already encoded as they travel (so broken escapes travel too).</summary>
    private static readonly string[] Values =
    [
        "abc", "-1", "0", "99999999999", "9641", "9999-12-31", "2026-02-30", "2026-13-45",
        "", "%ZZ", "%00", "%E0%A4%A", "%3Csvg%20onload%3Dalert(1)%3E", "%2F%2Fevil.example", new string('9', 400), new string('x', 5000),
    ];

    [Fact]
    public async Task EveryScreenWithQueryParameters_WithMalformedValues_AnswersAsWithoutThem()
    {
        var screens = Screens();
        foreach (var (route, name) in new[] { ("/admin/users", "page"), ("/admin/content", "page"), ("/admin/audit-trail", "page"), ("/admin/security-log", "page"), ("/admin/security-log", "from"), ("/admin/content", "sort"), ("/admin/audit-trail/export.csv", "to") })
        {
            Assert.True(screens.Any(s => s.Route == route && s.Parameters.Contains(name)), $"{route} ?{name}= was not found among the screens' query parameters.");
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join("\n", screens.Select(s => $"{s.Route}: {string.Join(", ", s.Parameters)}")));
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        var values = await AdminScreens.SeededValuesAsync(site.Factory.Services);
        var problems = new List<string>();
        foreach (var (route, parameters) in screens)
        {
            var (path, _) = AdminScreens.Fill(route, values);
            var plain = await AskAsync(admin, path);
            Assert.True(plain.Status is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{path} without a query answered {(int)plain.Status}.");
            foreach (var query in Queries(parameters))
            {
                var hostile = await AskAsync(admin, $"{path}?{query}");
                var sameScreen = hostile.Status == plain.Status && hostile.Heading == plain.Heading;
                var localRedirect = hostile.Status != HttpStatusCode.Redirect || hostile.Location is ['/', not '/' and not '\\', ..] or "/";
                if (!(sameScreen || hostile.Status == HttpStatusCode.BadRequest) || !localRedirect)
                {
                    problems.Add($"{path}?{Shorten(query)}: {(int)hostile.Status} '{hostile.Heading}' {hostile.Location} (without the query: {(int)plain.Status} '{plain.Heading}')");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} answers differ:\n{string.Join("\n", problems)}");
    }

    /// <summary>Each parameter alone with each value, each twice with two values, and all at once.</summary>
    private static IEnumerable<string> Queries(IReadOnlyList<string> parameters)
    {
        foreach (var name in parameters)
        {
            foreach (var value in Values)
            {
                yield return $"{name}={value}";
            }

            yield return $"{name}=1&{name}=abc";
        }

        yield return string.Join("&", parameters.Select(name => $"{name}=abc"));
        yield return string.Join("&", parameters.Select(name => $"{name}=-1"));
    }

    /// <summary>Routes with the names of the query parameters their component or handler reads.</summary>
    private List<(string Route, IReadOnlyList<string> Parameters)> Screens()
        => site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + e.RoutePattern.RawText!.TrimStart('/'), Parameters: (IReadOnlyList<string>)QueryParameters(e)))
            .Where(e => e.Parameters.Count > 0)
            .DistinctBy(e => e.Route)
            .ToList();

    private static List<string> QueryParameters(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
        {
            return ComponentQueryParameters(component.Type);
        }

        // A minimal-API GET handler under /admin: its string or parsable parameters that are not route values nor services.
        var isAdminGet = endpoint.RoutePattern.RawText!.TrimStart('/').StartsWith("admin", StringComparison.Ordinal)
            && endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains(HttpMethods.Get) == true;
        var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return !isAdminGet ? [] : endpoint.Metadata.GetOrderedMetadata<IParameterBindingMetadata>()
            .Where(p => (p.ParameterInfo.ParameterType == typeof(string) || p.HasTryParse) && !routeValues.Contains(p.Name))
            .Where(p => p.ParameterInfo.GetCustomAttributes().All(a => a is not (FromServicesAttribute or FromRouteAttribute or FromHeaderAttribute or FromFormAttribute)))
            .Select(p => p.Name)
            .ToList();
    }

    private static List<string> ComponentQueryParameters(Type component)
        => component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (p.Name, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Name)
            .ToList();

    private static async Task<(HttpStatusCode Status, string? Heading, string? Location)> AskAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var heading = (await new HtmlParser().ParseDocumentAsync(html)).QuerySelector("h1")?.TextContent.Trim();
        return (response.StatusCode, heading, Forms.Location(response));
    }

    private static string Shorten(string query) => query.Length > 80 ? $"{query[..77]}…" : query;
}
