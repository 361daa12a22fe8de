using System.Net;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Every endpoint under /admin and /api, read from the app's endpoint data source (so a new one is
/// covered without anyone adding it here): anonymous → sign-in (or 401 for /api); signed in without
/// the permission → 403; with exactly that permission → 200 (404 for a recipe job's pages: a job is shown only to
/// the user who started it, and the holder has started none).
/// </summary>
public sealed class AuthorizationMatrixTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string NoSuchJob = "0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task EveryAdminAndApiEndpoint_RequiresItsPermission()
    {
        var all = ProtectedEndpoints();
        await OnlyTheContentApiIsOpenAsync(all.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).ToList());
        var endpoints = all.Where(e => e.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        Assert.Contains(endpoints, e => e.Path == "/admin");
        Assert.Contains(endpoints, e => e.Path == "/admin/users/{Id}");
        Assert.Contains(endpoints, e => e.Path == "/admin/roles/{Name}");
        Assert.Contains(endpoints, e => e.Path == "/admin/recipes/import/{JobId}");
        Assert.Contains(endpoints, e => e.Path == "/admin/media/profiles/{Name}");
        Assert.Contains(endpoints, e => e.Path == "/admin/openid/application/{ClientId}");
        Assert.Contains(endpoints, e => e.Path == "/admin/openid/scope/{ScopeName}");
        Assert.Contains(endpoints, e => e.Path == "/admin/openid/settings");
        var unprotected = endpoints.Where(e => !e.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any()).Select(e => e.Path).ToList();
        Assert.Empty(unprotected);

        var someUser = await site.CreateUserAsync("matrix-target", "matrix target password");
        var noRights = site.NewClient();
        await site.CreateUserAsync("matrix-none", "matrix none password");
        await Forms.SignInAsync(noRights, "matrix-none", "matrix none password");
        var holders = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        var enterprise = (await site.AsAdministratorAsync((services, _) => services.GetRequiredService<IContentManager>()
            .QueryAsync(new ContentQuery { ContentType = "Enterprise", Take = 1 }))).Single();

        foreach (var (endpoint, pattern) in endpoints)
        {
            var path = pattern.Replace("{Id}", someUser.Id, StringComparison.Ordinal).Replace("{Name}", "Editor", StringComparison.Ordinal)
                .Replace("{ContentItemId}", enterprise.ContentItemId, StringComparison.OrdinalIgnoreCase).Replace("{NewType}", "Enterprise", StringComparison.Ordinal)
                .Replace("{JobId}", NoSuchJob, StringComparison.OrdinalIgnoreCase)
                .Replace("{ClientId}", "matrix-app", StringComparison.Ordinal).Replace("{ScopeName}", "matrix.scope", StringComparison.Ordinal);
            // Item screens check the item's own permission after the endpoint's: their holder also gets EditContent.
            var itemLevel = pattern.Contains("{ContentItemId}", StringComparison.OrdinalIgnoreCase) || pattern.Contains("{NewType}", StringComparison.Ordinal);
            var permission = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
                .Select(a => a.Policy).FirstOrDefault(p => p?.StartsWith(RequirePermissionAttribute.PolicyPrefix, StringComparison.Ordinal) == true)?[RequirePermissionAttribute.PolicyPrefix.Length..];

            var anonymous = await site.NewClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            if (path.StartsWith("/api", StringComparison.Ordinal))
            {
                Assert.True(anonymous.StatusCode == HttpStatusCode.Unauthorized, $"{path} anonymous: {(int)anonymous.StatusCode}");
            }
            else
            {
                Assert.True(anonymous.StatusCode == HttpStatusCode.Redirect && Forms.Location(anonymous)!.StartsWith("/login", StringComparison.Ordinal), $"{path} anonymous: {(int)anonymous.StatusCode} {Forms.Location(anonymous)}");
            }

            var without = await noRights.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            var expectedWithout = permission is null ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(without.StatusCode == expectedWithout, $"{path} without {permission}: {(int)without.StatusCode}");

            if (permission is not null)
            {
                string[] granted = itemLevel ? [permission, CmsPermissions.EditContent.Name] : [permission];
                var key = string.Join("-", granted);
                if (!holders.TryGetValue(key, out var holder))
                {
                    var name = $"matrix-{key.ToLowerInvariant()}";
                    await site.CreateUserAsync(name, "matrix holder password", $"Only{key}", granted);
                    holder = site.NewClient();
                    await Forms.SignInAsync(holder, name, "matrix holder password");
                    holders[key] = holder;
                }

                var with = await holder.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                var expectedWith = path.Contains(NoSuchJob, StringComparison.Ordinal) ? HttpStatusCode.NotFound : HttpStatusCode.OK;
                Assert.True(with.StatusCode == expectedWith, $"{path} with {permission}: {(int)with.StatusCode}");
            }
        }
    }

    /// <summary>
    /// The per-item cases: a Contributor and an Author (view-only on others' items) and another user's draft, through
    /// every admin URL that takes an item or version id (read from the endpoint data source, with <c>from</c>/<c>to</c>
    /// version ids on each): every GET is refused and shows nothing of the draft; every form the page can post
    /// (edit actions, restore a version) is refused and changes nothing.
    /// </summary>
    [Fact]
    public async Task EveryItemEndpoint_ForAnotherUsersDraft_RefusesContributorsAndAuthors()
    {
        var draft = await OthersDraft.CreateAsync(site, "matrix");
        var itemEndpoints = site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => IsUnder("/" + e.RoutePattern.RawText!.TrimStart('/'), "/admin"))
            .Where(e => e.RoutePattern.Parameters.Any(p => OthersDraft.IsItemParameter(p.Name)))
            .ToList();
        Assert.Contains(itemEndpoints, e => e.RoutePattern.RawText!.EndsWith("/versions", StringComparison.Ordinal));
        Assert.Contains(itemEndpoints, e => e.RoutePattern.RawText!.EndsWith("/preview", StringComparison.Ordinal));
        Assert.Contains(itemEndpoints, e => e.RoutePattern.RawText!.EndsWith("/edit", StringComparison.Ordinal));

        foreach (var role in new[] { "Contributor", "Author" })
        {
            var client = await OthersDraft.SignedInAsync(site, role);
            foreach (var endpoint in itemEndpoints)
            {
                var path = draft.Fill(endpoint.RoutePattern.RawText!);
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get, HttpMethods.Post];
                if (methods.Contains(HttpMethods.Get))
                {
                    var get = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
                    var body = await get.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                    Assert.True(get.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"{role} GET {path}: {(int)get.StatusCode}");
                    draft.AssertNotShown(body, $"{role} GET {path}");
                }

                if (methods.Contains(HttpMethods.Post))
                {
                    foreach (var (handler, fields) in OthersDraft.Posts(draft))
                    {
                        var post = await OthersDraft.PostAsync(client, path, handler, fields);
                        var body = await post.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                        Assert.False(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{role} POST {path} {handler} {fields[0].Value}: {(int)post.StatusCode}");
                        draft.AssertNotShown(body, $"{role} POST {path} {handler}");
                    }
                }
            }

            Assert.Equal(draft.Snapshot, await ContentAdmin.SnapshotAsync(site, draft.Id));
        }
    }

    /// <summary>
    /// The endpoints that declare anonymous access: only the content API's (published content and its document are
    /// public; each handler checks the item's permission itself, Api.Tests' ContentPermissionTests), never an admin
    /// screen; each answers an anonymous GET without a server error.
    /// </summary>
    private async Task OnlyTheContentApiIsOpenAsync(List<(Endpoint Endpoint, string Path)> open)
    {
        Assert.Contains(open, e => e.Path == "/api/content/{id}");
        foreach (var (_, pattern) in open)
        {
            Assert.True(IsUnder(pattern, "/api"), $"{pattern} allows anonymous access outside the API");
            var path = pattern.Replace("{id}", "no-such-item", StringComparison.Ordinal).Replace("{name}", "Enterprise", StringComparison.Ordinal)
                .Replace("{documentName}", "v1", StringComparison.Ordinal);
            var anonymous = await site.NewClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True((int)anonymous.StatusCode < 500, $"{path} anonymous: {(int)anonymous.StatusCode}");
        }
    }

    private List<(Endpoint Endpoint, string Path)> ProtectedEndpoints()
        => site.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: (Endpoint)e, Path: "/" + e.RoutePattern.RawText!.TrimStart('/')))
            .Where(e => IsUnder(e.Path, "/admin") || IsUnder(e.Path, "/api"))
            .Where(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
            .GroupBy(e => e.Path).Select(g => g.First())
            .ToList();

    private static bool IsUnder(string path, string root)
        => path.Equals(root, StringComparison.OrdinalIgnoreCase) || path.StartsWith(root + "/", StringComparison.OrdinalIgnoreCase);
}
