using BananPark.Cms.Core.Settings;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Tenancy.Tests;

/// <summary>Site settings come from the site's cache; a read that failed is tried again, never remembered.</summary>
public sealed class SiteSettingsStoreTests : IAsyncLifetime
{
    private readonly FlakyDocumentStore.Faults _faults = new("SiteSettings");
    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync(services => FlakyDocumentStore.Install(services, _faults));

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task GetAsync_WhenTheFirstReadFails_ReadsAgainOnTheNextCall()
    {
        await _tenant.RunAsync<ISiteSettingsStore>(s => s.SaveAsync(new SiteSettings { SiteName = "Banan Park" }));
        _faults.FailNext(1);

        await Assert.ThrowsAsync<IOException>(() => _tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync()));
        var settings = await _tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync());
        var cached = await _tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync());

        Assert.Equal("Banan Park", settings.SiteName);
        Assert.Same(settings, cached);
        Assert.Equal(2, _faults.Reads);
    }
}
