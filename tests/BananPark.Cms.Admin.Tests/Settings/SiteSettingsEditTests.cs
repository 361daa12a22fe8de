using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Components.Settings;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Admin.Tests.Settings;

public sealed class SiteSettingsEditTests : TenantComponentTest
{
    private static readonly string[] NotInTheSource = ["address", "icpurl", "security", "securityurl"];

    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_WhenBananRecipeIsImported_ShowsTheStoredSettings()
    {
        var cut = RenderAs<SiteSettingsEdit>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal("Chongqing Banan Economic Park", cut.Find("input#sitename").GetAttribute("value")));
        Assert.Equal("en", SelectedValue(cut, "culture"));
        Assert.Equal("Asia/Shanghai", SelectedValue(cut, "timezone"));
        Assert.Equal("20", cut.Find("input#pagesize").GetAttribute("value"));
        Assert.Equal("Chongqing Foreign Trade and Economic Relations Commerce", cut.Find("input#host").GetAttribute("value"));
        Assert.Equal("Chongqing Investment Promotion Association", cut.Find("input#undertaker").GetAttribute("value"));
        Assert.Equal("+86-023-67862888", cut.Find("input#telephone").GetAttribute("value"));
        Assert.Equal("渝ICP备12005872号-5", cut.Find("input#icp").GetAttribute("value"));
        Assert.Equal("Copyright 2012 All Rights Reserved by Chongqing Foreign Trade and Relations Commision", cut.Find("input#copyright").GetAttribute("value"));
        Assert.Equal("Prohbited to Copy and any MSL", cut.Find("input#notice").GetAttribute("value"));
        // The source gives no address for the organisers, no public security number and no links: nothing is invented.
        Assert.All(NotInTheSource, id => Assert.True(string.IsNullOrEmpty(cut.Find($"input#{id}").GetAttribute("value")), id));
    }

    [Fact]
    public void Render_WhenShown_GroupsTheSettingsAndPostsWithAnAntiforgeryToken()
    {
        var cut = RenderAs<SiteSettingsEdit>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(["General", "Footer", "Filing numbers", "Search engines"], cut.FindAll("fieldset > legend").Select(l => l.TextContent)));
        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Save settings", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Contains(cut.FindAll("select#culture option"), o => o.GetAttribute("value") == "zh-CN");
        Assert.All(cut.FindAll("input, select, textarea").Where(i => i.GetAttribute("type") != "hidden"), input => Assert.Single(cut.FindAll($"label[for={input.Id}]")));
        Assert.Empty(cut.FindAll("[role=alert], [role=status]"));
    }

    [Fact]
    public async Task Render_WhenSettingsHoldMarkup_ShowsItAsText()
    {
        const string hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        var step = new JsonObject { ["name"] = "Settings", ["FooterHost"] = hostile };
        await Tenant.ImportAsync(new JsonObject { ["name"] = "hostile", ["steps"] = new JsonArray(step) }.ToJsonString());

        var cut = RenderAs<SiteSettingsEdit>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(hostile, cut.Find("input#host").GetAttribute("value")));
        Assert.Empty(cut.FindAll("script, img"));
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;", cut.Find("input#host").OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_WhenValid_StoresTheValuesKeepsOtherSettingsAndSaysSaved()
    {
        await Tenant.ImportAsync("""{"name":"layers","steps":[{"name":"Settings","LayerSettings":{"Zones":["Footer"]}}]}""");
        var cut = RenderAs<SiteSettingsEdit>(Administrator);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input#host").GetAttribute("value")));

        cut.Find("input#sitename").Change("  Banan Park  ");
        cut.Find("select#culture").Change("zh-cn");
        cut.Find("select#timezone").Change("Europe/Berlin");
        cut.Find("input#pagesize").Change("12");
        cut.Find("input#host").Change("Banan District Government");
        cut.Find("input#telephone").Change("");
        cut.Find("input#icpurl").Change("https://beian.miit.gov.cn/#/Integrated/index");
        cut.Find("input#security").Change("渝公网安备 50011302000000号");
        cut.Find("input#securityurl").Change("http://www.beian.gov.cn/portal/registerSystemInfo");
        cut.Find("input#baidu").Change(" codeva-AbC123 ");
        cut.Find("input#bing").Change("0F1E2D3C4B5A");
        cut.Find("textarea#robots").Change("User-agent: *\nDisallow: /private\n");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Settings saved.", cut.Find("[role=status]").TextContent));
        Assert.Empty(cut.FindAll("[role=alert], .validation-message"));
        var stored = await StoredAsync();
        Assert.Equal("Banan Park", stored.SiteName);
        Assert.Equal("zh-CN", stored.DefaultCulture);
        Assert.Equal("Europe/Berlin", stored.TimeZoneId);
        Assert.Equal(12, stored.PageSize);
        Assert.Equal("Banan District Government", stored.FooterHost);
        Assert.Null(stored.FooterTelephone);
        Assert.Equal("Chongqing Investment Promotion Association", stored.FooterUndertaker);
        Assert.Equal("https://beian.miit.gov.cn/#/Integrated/index", stored.IcpUrl);
        Assert.Equal("渝公网安备 50011302000000号", stored.PublicSecurityFilingNumber);
        Assert.Equal("http://www.beian.gov.cn/portal/registerSystemInfo", stored.PublicSecurityFilingUrl);
        Assert.Equal("codeva-AbC123", stored.BaiduSiteVerification);
        Assert.Equal("0F1E2D3C4B5A", stored.BingSiteVerification);
        Assert.Equal("User-agent: *\nDisallow: /private", stored.RobotsTxt);
        Assert.Equal("""{"Zones":["Footer"]}""", stored.Extra!["LayerSettings"].GetRawText());
        Assert.Equal("zh-CN", SelectedValue(cut, "culture"));
    }

    [Fact]
    public async Task Submit_WhenValid_WritesTheChangedSettingsToTheSecurityLog()
    {
        var cut = RenderAs<SiteSettingsEdit>(Administrator);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input#host").GetAttribute("value")));

        cut.Find("input#host").Change("Banan District Government");
        cut.Find("input#pagesize").Change("30");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[role=status]")));
        var entry = await Tenant.RunAsync<CmsIdentityDbContext, SecurityEvent>(db => db.SecurityEvents.SingleAsync(e => e.Kind == SecurityEventKinds.SiteSettingsUpdated));
        Assert.Equal("admin", entry.Actor);
        Assert.Equal("changed: PageSize, FooterHost", entry.Detail);
    }

    [Theory]
    [InlineData("sitename", "   ", "Enter the site's name.")]
    [InlineData("culture", "xx-Nowhere", "This is not a culture name; use one such as en or zh-CN.")]
    [InlineData("culture", "", "Choose the default culture.")]
    [InlineData("timezone", "Mars/Olympus_Mons", "This server knows no time zone by that name; use one such as Asia/Shanghai.")]
    [InlineData("pagesize", "0", "Enter a number from 1 to 100.")]
    [InlineData("pagesize", "101", "Enter a number from 1 to 100.")]
    [InlineData("pagesize", "many", "Enter a number from 1 to 100.")]
    [InlineData("icpurl", "javascript:alert(1)", "Enter a full address starting with https:// or http://.")]
    [InlineData("icpurl", "beian.miit.gov.cn", "Enter a full address starting with https:// or http://.")]
    [InlineData("securityurl", "ftp://www.beian.gov.cn/", "Enter a full address starting with https:// or http://.")]
    [InlineData("baidu", "<meta name=\"baidu-site-verification\" content=\"x\">", "Paste only the code from the tag's content=\"…\": letters, digits, '-' and '_'.")]
    public async Task Submit_WhenASettingIsInvalid_ShowsItsMessageAndSavesNothing(string id, string value, string message)
    {
        var cut = RenderAs<SiteSettingsEdit>(Administrator);
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input#host").GetAttribute("value")));
        var before = await Tenant.SnapshotAsync();

        cut.Find("input#host").Change("Banan District Government");
        cut.Find($"#{id}").Change(value);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Nothing was saved. Correct the settings marked below.", cut.Find("[role=alert]").TextContent));
        Assert.Equal([message], cut.FindAll(".validation-message").Select(m => m.TextContent));
        Assert.Empty(cut.FindAll("[role=status]"));
        Assert.Equal(before, await Tenant.SnapshotAsync());
        Assert.Equal("Chongqing Foreign Trade and Economic Relations Commerce", (await StoredAsync()).FooterHost);
        Assert.Equal(0, await Tenant.RunAsync<CmsIdentityDbContext, int>(db => db.SecurityEvents.CountAsync(e => e.Kind == SecurityEventKinds.SiteSettingsUpdated)));
    }

    [Fact]
    public async Task Menu_ShowsSettingsOnlyToHoldersOfManageSettings()
    {
        var keeper = await CreateUserAsync("keeper", "Site keepers", CmsPermissions.AccessAdminPanel, CmsPermissions.ManageSettings);
        var editor = await CreateUserAsync("ed", SystemRoles.Editor);
        var menu = (Admin.Services.AdminMenu)Scope.GetService(typeof(Admin.Services.AdminMenu))!;

        var forKeeper = await menu.ForAsync(SignedIn(keeper, "Site keepers"));
        var forEditor = await menu.ForAsync(SignedIn(editor, SystemRoles.Editor));

        Assert.Contains(forKeeper, i => i is { Title: "Settings", Url: "/admin/settings" });
        Assert.DoesNotContain(forEditor, i => i.Url == "/admin/settings");
    }

    private static string? SelectedValue(IRenderedComponent<SiteSettingsEdit> cut, string id)
        => cut.FindAll($"select#{id} option").SingleOrDefault(o => o.HasAttribute("selected"))?.GetAttribute("value")
            ?? cut.Find($"select#{id}").GetAttribute("value");

    private Task<SiteSettings> StoredAsync() => Tenant.RunAsync<ISiteSettingsStore, SiteSettings>(store => store.GetAsync());
}
