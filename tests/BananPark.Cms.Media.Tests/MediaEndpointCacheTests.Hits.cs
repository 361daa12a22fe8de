using System.Net;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Media.Endpoints;
using BananPark.Cms.Media.Processing;
using BananPark.Cms.Media.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Tests;

/// <summary>
/// <see cref="MediaHits"/>, the early answer of kept responses, called as the pipeline calls it (the real endpoint chosen
/// by routing, the site's services); <c>next</c> is the rest of the pipeline, whose call means "not answered here".
/// </summary>
public sealed partial class MediaEndpointCacheTests
{
    [Fact]
    public async Task KeptRender_IsAnsweredBeforeTheEndpoint_NotModifiedOnItsETag_ElseItsBytes()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "hit.jpg");
        using var client = site.NewClient();
        using var served = await GetAsync(client, $"/media/{asset.Path}?width=240", webp: false);
        var bytes = await served.Content.ReadAsByteArrayAsync(Ct);

        var (notModified, passedOn) = await HitAsync(asset.Path, "?width=240", served.Headers.ETag!.ToString());
        var (ok, okPassedOn) = await HitAsync(asset.Path, "?width=240", null);

        Assert.False(passedOn);
        Assert.Equal(StatusCodes.Status304NotModified, notModified.Response.StatusCode);
        Assert.Equal(served.Headers.ETag.ToString(), notModified.Response.Headers.ETag.ToString());
        Assert.False(okPassedOn);
        Assert.Equal((StatusCodes.Status200OK, "image/jpeg"), (ok.Response.StatusCode, ok.Response.ContentType));
        Assert.Equal("public, max-age=3600", ok.Response.Headers.CacheControl.ToString());
        Assert.Equal((served.Headers.ETag.ToString(), string.Join(",", served.Headers.AcceptRanges), (long?)bytes.Length),
            (ok.Response.Headers.ETag.ToString(), ok.Response.Headers.AcceptRanges.ToString(), ok.Response.ContentLength));
        Assert.Equal(bytes, ((MemoryStream)ok.Response.Body).ToArray());
    }

    [Fact]
    public async Task DeletedAsset_ItsKeptRender_IsPassedOnToTheEndpoint_WhichAnswers404()
    {
        var asset = await UploadAsync(TestImages.Jpeg(640, 320), "hit-deleted.jpg");
        using var client = site.NewClient();
        using var served = await GetAsync(client, $"/media/{asset.Path}?width=240", webp: false);
        var (_, passedOnBefore) = await HitAsync(asset.Path, "?width=240", null);

        await site.RunAsync(sp => sp.GetRequiredService<MediaLibrary>().DeleteAsync([asset.Path], MediaSite.Admin, Ct));
        var (_, passedOnAfter) = await HitAsync(asset.Path, "?width=240", null);
        using var gone = await GetAsync(client, $"/media/{asset.Path}?width=240", webp: false);

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.False(passedOnBefore);
        Assert.True(passedOnAfter);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("../../appsettings.json")]
    [InlineData("park/../../appsettings.json")]
    [InlineData("park\\..\\appsettings.json")]
    [InlineData("park/x\u0000.jpg")]
    public async Task HostilePath_EvenWithAResponseKeptUnderIt_IsPassedOnToTheEndpoint(string path)
    {
        var tenant = await site.RunAsync(sp => Task.FromResult(sp.GetRequiredService<ITenantContext>().Tenant.Name));
        site.Services.GetRequiredService<MediaResponseCache>().Keep(tenant, path,
            new MediaCachedResponse("text/plain", new EntityTagHeaderValue("\"planted\""), "x", false, false, null, null) { Body = "secret"u8.ToArray() },
            site.Services.GetRequiredService<MediaResponseCache>().Lease(tenant));

        var (hit, passedOn) = await HitAsync(path, "", null);

        Assert.True(passedOn);
        Assert.Equal(0, hit.Response.Body.Length);
    }

    /// <summary>One request through <see cref="MediaHits"/>: the context after it, and whether it called the rest of the pipeline.</summary>
    private async Task<(HttpContext Context, bool PassedOn)> HitAsync(string path, string query, string? ifNoneMatch)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = MediaEndpoints.Prefix + "/" + path;
        context.Request.QueryString = new QueryString(query);
        context.Request.RouteValues["path"] = path;
        context.Response.Body = new MemoryStream();
        if (ifNoneMatch is not null)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        // The endpoint routing chose, as it is mapped.
        context.SetEndpoint(site.Services.GetRequiredService<EndpointDataSource>().Endpoints.Single(e => e.Metadata.GetMetadata<MediaFilesEndpoint>() is not null));
        var passedOn = false;
        var hits = new MediaHits(_ => { passedOn = true; return Task.CompletedTask; },
            site.Services.GetRequiredService<MediaResponseCache>(), site.Services.GetRequiredService<MediaSigning>(), site.Services.GetRequiredService<IOptions<MediaOptions>>());
        await hits.InvokeAsync(context, scope.ServiceProvider.GetRequiredService<ITenantContext>());
        return (context, passedOn);
    }
}
