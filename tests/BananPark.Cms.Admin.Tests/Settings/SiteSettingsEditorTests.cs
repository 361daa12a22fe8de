using BananPark.Cms.Admin.Services;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests.Settings;

/// <summary>The service behind the settings screen checks every rule itself, whatever the form did.</summary>
public sealed class SiteSettingsEditorTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public async Task SaveAsync_WhenAnyRuleFails_ReturnsEveryProblemAndStoresNothing()
    {
        var before = await Tenant.SnapshotAsync();
        var input = await EditorAsync(e => e.GetAsync());
        input.SiteName = "";
        input.DefaultCulture = "not a culture";
        input.TimeZoneId = "Nowhere/Atlantis";
        input.PageSize = 500;
        input.IcpUrl = "javascript:alert(1)";
        input.FooterHost = "Banan District Government";

        var errors = await EditorAsync(e => e.SaveAsync(Administrator, input));

        Assert.Equal(["DefaultCulture", "IcpUrl", "PageSize", "SiteName", "TimeZoneId"], errors.SelectMany(e => e.MemberNames).Order(StringComparer.Ordinal));
        Assert.Equal(before, await Tenant.SnapshotAsync());
        Assert.Equal(0, await Tenant.RunAsync<CmsIdentityDbContext, int>(db => db.SecurityEvents.CountAsync(e => e.Kind == SecurityEventKinds.SiteSettingsUpdated)));
    }

    [Fact]
    public async Task SaveAsync_WhenNothingChanged_StillLogsTheSave()
    {
        var input = await EditorAsync(e => e.GetAsync());

        var errors = await EditorAsync(e => e.SaveAsync(Administrator, input));

        Assert.Empty(errors);
        var entry = await Tenant.RunAsync<CmsIdentityDbContext, SecurityEvent>(db => db.SecurityEvents.SingleAsync(e => e.Kind == SecurityEventKinds.SiteSettingsUpdated));
        Assert.Equal("no changes", entry.Detail);
        Assert.Equal("Chongqing Banan Economic Park", (await Tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync())).SiteName);
    }

    [Fact]
    public async Task SaveAsync_Always_LeavesTheInstanceOtherRequestsHoldUnchanged()
    {
        var shared = await Tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync());
        var input = await EditorAsync(e => e.GetAsync());
        input.FooterHost = "Changed";

        await EditorAsync(e => e.SaveAsync(Administrator, input));

        Assert.Equal("Chongqing Foreign Trade and Economic Relations Commerce", shared.FooterHost);
        Assert.Equal("Changed", (await Tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync())).FooterHost);
    }

    private Task<T> EditorAsync<T>(Func<SiteSettingsEditor, Task<T>> work) => Tenant.RunScopeAsync(services => work(services.GetRequiredService<SiteSettingsEditor>()));
}
