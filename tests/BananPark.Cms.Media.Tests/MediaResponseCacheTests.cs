using BananPark.Cms.Core.Data;
using BananPark.Cms.Media.Endpoints;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BananPark.Cms.Media.Tests;

/// <summary><see cref="MediaResponseCache"/> on its own: what it keeps, and what a media change drops.</summary>
public sealed class MediaResponseCacheTests
{
    private static readonly MediaCachedResponse Response = new("image/jpeg", new EntityTagHeaderValue("\"abc\""), "0123456789ab", false, true, null, null)
    {
        Body = [1, 2, 3],
    };

    [Fact]
    public async Task SiteChanged_Media_DropsThatTenantsEntries_AndKeepsOtherTenants()
    {
        using var cache = New(64);
        cache.Keep("a", "photo.jpg", Response, cache.Lease("a"));
        cache.Keep("b", "photo.jpg", Response, cache.Lease("b"));

        await cache.SiteChangedAsync("a", SiteChanges.Media | SiteChanges.PublishedContent, CancellationToken.None);

        Assert.Null(cache.Find("a", "photo.jpg"));
        Assert.Same(Response, cache.Find("b", "photo.jpg"));
    }

    [Fact]
    public async Task SiteChanged_OtherKinds_KeepTheEntries()
    {
        using var cache = New(64);
        cache.Keep("a", "photo.jpg", Response, cache.Lease("a"));

        await cache.SiteChangedAsync("a", SiteChanges.PublishedContent | SiteChanges.Settings | SiteChanges.Theme, CancellationToken.None);

        Assert.Same(Response, cache.Find("a", "photo.jpg"));
    }

    [Fact]
    public async Task Keep_WhenMediaChangedSinceTheLease_KeepsNothing_AndANewLeaseKeeps()
    {
        using var cache = New(64);
        var before = cache.Lease("a");

        await cache.SiteChangedAsync("a", SiteChanges.Media, CancellationToken.None);
        cache.Keep("a", "photo.jpg", Response, before);
        var dropped = cache.Find("a", "photo.jpg");
        cache.Keep("a", "photo.jpg", Response, cache.Lease("a"));

        Assert.Null(dropped);
        Assert.Same(Response, cache.Find("a", "photo.jpg"));
    }

    [Fact]
    public void ZeroMegabytes_KeepsNothing()
    {
        using var cache = New(0);

        cache.Keep("a", "photo.jpg", Response, cache.Lease("a"));

        Assert.Null(cache.Find("a", "photo.jpg"));
    }

    [Fact]
    public void MaxBodyBytes_IsTheEntryLimit_AtMostAnEighthOfTheWhole()
    {
        using var large = New(64, entryKilobytes: 1024);
        using var small = New(1, entryKilobytes: 1024);

        Assert.Equal((1024L * 1024, 128L * 1024), (large.MaxBodyBytes, small.MaxBodyBytes));
    }

    private static MediaResponseCache New(int megabytes, int entryKilobytes = 1024)
        => new(Options.Create(new MediaOptions { ResponseCacheMegabytes = megabytes, ResponseCacheEntryKilobytes = entryKilobytes }));
}
