using System.Text.Json.Nodes;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using BananPark.Cms.Theming.Services;

namespace BananPark.Cms.Theming.Tests;

/// <summary>The layout's header and footer facts come from the site settings: links only when safe, text always encoded.</summary>
public sealed class LayoutFooterTests : IAsyncLifetime
{
    private TestTenant _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestTenant.CreateAsync();
        await _site.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Layout_WhenIcpUrlIsSet_LinksTheIcpNumberToIt()
    {
        await SetAsync(new() { ["IcpUrl"] = "https://beian.miit.gov.cn/#/Integrated/recordQuery" });

        var html = await RenderAsync();

        Assert.Contains("<a href=\"https://beian.miit.gov.cn/#/Integrated/recordQuery\" rel=\"noopener\" target=\"_blank\">渝ICP备12005872号-5</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_WhenIcpUrlIsNotSafe_ShowsTheNumberWithoutALink()
    {
        // Stored past the rules (the Settings step and the screen refuse it, SiteSettingsRules): the theme guards too.
        await _site.RunAsync<ISiteSettingsStore>(async store =>
        {
            var settings = await store.GetAsync();
            await store.SaveAsync(new SiteSettings { SiteName = settings.SiteName, IcpNumber = settings.IcpNumber, IcpUrl = "javascript:alert(1)" });
        });

        var html = await RenderAsync();

        Assert.Contains("<span>渝ICP备12005872号-5</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Layout_WhenPublicSecurityFilingIsSet_LinksItToItsMpsRecordUnlessTheSiteNamesAnother()
    {
        await SetAsync(new() { ["PublicSecurityFilingNumber"] = "渝公网安备 50011302000001号" });
        Assert.Contains("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=50011302000001\" rel=\"noopener\" target=\"_blank\">渝公网安备 50011302000001号</a>",
            await RenderAsync(), StringComparison.Ordinal);

        await SetAsync(new() { ["PublicSecurityFilingUrl"] = "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=1&x=2" });
        Assert.Contains("<a href=\"https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=1&amp;x=2\" rel=\"noopener\" target=\"_blank\">渝公网安备 50011302000001号</a>", await RenderAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_WhenPublicSecurityNumberHasNoDigits_ShowsItAsText()
    {
        await SetAsync(new() { ["PublicSecurityFilingNumber"] = "渝公网安备号" });

        Assert.Contains("<span>渝公网安备号</span>", await RenderAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_IcpNumber_LinksToTheMiitRegistryByDefault()
    {
        Assert.Contains("<a href=\"https://beian.miit.gov.cn/\" rel=\"noopener\" target=\"_blank\">渝ICP备12005872号-5</a>", await RenderAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_VerificationCodes_AreMetaTagsOnlyWhenSet()
    {
        Assert.DoesNotContain("site-verification", await RenderAsync(), StringComparison.Ordinal);

        await SetAsync(new() { ["BaiduSiteVerification"] = "codeva-AbC123", ["BingSiteVerification"] = "0F1E2D3C4B5A" });
        var html = await RenderAsync();

        Assert.Contains("<meta name=\"baidu-site-verification\" content=\"codeva-AbC123\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"msvalidate.01\" content=\"0F1E2D3C4B5A\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_WhenFooterSettingsHoldMarkup_EncodesThem()
    {
        await SetAsync(new()
        {
            ["FooterHost"] = "<script>alert(1)</script>",
            ["FooterAddress"] = "<img src=x onerror=alert(2)>",
            ["FooterTelephone"] = "\"><b>1</b>",
            ["Copyright"] = "<i>c</i>",
        });

        var html = await RenderAsync();

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>1</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>c</i>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Host:</span> &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"label\">Address:</span> &lt;img src=x onerror=alert(2)&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Layout_WhenFooterSettingsAreEmpty_LeavesTheirLinesOut()
    {
        await SetAsync(new() { ["FooterHost"] = null, ["FooterUndertaker"] = null, ["FooterTelephone"] = null, ["IcpNumber"] = null });

        var html = await RenderAsync();

        Assert.DoesNotContain("topbar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Host:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Tel:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("beian", html, StringComparison.Ordinal);
        // The park's own address and contact number stay: they are park content, not settings.
        Assert.Contains("88 Fucheng Road, Jieshi Town, Banan District, Chongqing", html, StringComparison.Ordinal);
        Assert.Contains("023-66228308", html, StringComparison.Ordinal);
    }

    private async Task SetAsync(JsonObject settings)
    {
        settings["name"] = "Settings";
        await _site.ImportAsync(new JsonObject { ["name"] = "settings", ["steps"] = new JsonArray(settings) }.ToJsonString());
    }

    private Task<string> RenderAsync()
        => _site.RunAsync<ContentRenderer, string>(renderer => renderer.RenderPageAsync(new PageInfo("Jieshi", "/groups/jieshi"), "<p>BODY</p>"));
}
