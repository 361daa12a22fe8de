using System.Text.Json.Nodes;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Recipes.Tests;

/// <summary>The <c>Settings</c> step with the footer and filing settings: stored, exported unchanged, re-imported without change.</summary>
public sealed class SettingsStepTests : IAsyncLifetime
{
    private const string Step = """
        {
          "name": "Settings",
          "SiteName": "Banan Park",
          "DefaultCulture": "zh-CN",
          "TimeZoneId": "Asia/Shanghai",
          "PageSize": 12,
          "FooterHost": "Host organisation",
          "FooterUndertaker": "Undertaking organisation",
          "FooterAddress": "1 Example Road",
          "FooterTelephone": "+86-023-00000000",
          "Copyright": "Copyright line",
          "IcpNumber": "渝ICP备00000000号-1",
          "IcpUrl": "https://beian.miit.gov.cn/",
          "PublicSecurityFilingNumber": "渝公网安备00000000000000号",
          "PublicSecurityFilingUrl": "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=00000000000000",
          "BaiduSiteVerification": "codeva-AbC123",
          "BingSiteVerification": "0F1E2D3C4B5A",
          "ReproductionNotice": "Reproduction notice",
          "RobotsTxt": "User-agent: *\nDisallow: /private\n",
          "LayerSettings": { "Zones": [ "Footer" ] }
        }
        """;

    private TestTenant _tenant = null!;

    public async ValueTask InitializeAsync() => _tenant = await TestTenant.CreateAsync();

    public ValueTask DisposeAsync() => _tenant.DisposeAsync();

    [Fact]
    public async Task Import_WithFooterAndFilingSettings_StoresEachAsItsSetting()
    {
        await _tenant.ImportAsync(Recipe(Step));

        var settings = await _tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync());
        Assert.Equal<IEnumerable<string?>>(
            ["Host organisation", "Undertaking organisation", "1 Example Road", "+86-023-00000000", "Copyright line", "渝ICP备00000000号-1",
             "https://beian.miit.gov.cn/", "渝公网安备00000000000000号", "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=00000000000000", "Reproduction notice"],
            [settings.FooterHost, settings.FooterUndertaker, settings.FooterAddress, settings.FooterTelephone, settings.Copyright, settings.IcpNumber,
             settings.IcpUrl, settings.PublicSecurityFilingNumber, settings.PublicSecurityFilingUrl, settings.ReproductionNotice]);
        Assert.Equal(12, settings.PageSize);
        Assert.Equal(("codeva-AbC123", "0F1E2D3C4B5A"), (settings.BaiduSiteVerification, settings.BingSiteVerification));
        Assert.Equal("User-agent: *\nDisallow: /private\n", settings.RobotsTxt);
        Assert.Equal(["LayerSettings"], settings.Extra!.Keys);
    }

    [Fact]
    public async Task Export_AfterImport_GivesTheSameSettingsStep()
    {
        await _tenant.ImportAsync(Recipe(Step));

        var exported = JsonNode.Parse(await _tenant.ExportAsync())!["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "Settings");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Step), exported), exported!.ToJsonString());
    }

    [Fact]
    public async Task Import_WhenRepeated_ChangesNothing()
    {
        await _tenant.ImportAsync(Recipe(Step));
        var before = await _tenant.SnapshotAsync();

        await _tenant.ImportAsync(Recipe(Step));

        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    [Fact]
    public async Task Import_WithOnlySomeSettings_KeepsTheOthers()
    {
        await _tenant.ImportAsync(Recipe(Step));

        await _tenant.ImportAsync(Recipe("""{ "name": "Settings", "FooterHost": "New host" }"""));

        var settings = await _tenant.RunAsync<ISiteSettingsStore, SiteSettings>(s => s.GetAsync());
        Assert.Equal("New host", settings.FooterHost);
        Assert.Equal("渝ICP备00000000号-1", settings.IcpNumber);
        Assert.Equal("Banan Park", settings.SiteName);
    }

    [Theory]
    [InlineData("IcpUrl", "\"javascript:alert(1)\"")]
    [InlineData("PublicSecurityFilingUrl", "\"data:text/html,<script>alert(1)</script>\"")]
    [InlineData("IcpUrl", "\"//evil.example\"")]
    [InlineData("PageSize", "0")]
    [InlineData("DefaultCulture", "\"xx-NOPE\"")]
    [InlineData("TimeZoneId", "\"Mars/Olympus\"")]
    [InlineData("BaiduSiteVerification", "\"x\\\" onload=\\\"alert(1)\"")]
    [InlineData("RobotsTxt", "\"User-agent: *\\u0000\"")]
    public async Task Import_WithAValueTheSettingsFormRefuses_FailsNamingTheStepAndKeyAndChangesNothing(string key, string value)
    {
        await _tenant.ImportAsync(Recipe(Step));
        var before = await _tenant.SnapshotAsync();

        var error = await Assert.ThrowsAsync<RecipeException>(() => _tenant.ImportAsync(Recipe($$"""{ "name": "Settings", "FooterHost": "Changed", "{{key}}": {{value}} }""")));

        Assert.Equal("Settings", error.StepName);
        Assert.Contains(key, error.JsonPath, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _tenant.SnapshotAsync());
    }

    private static string Recipe(string step) => $$"""{ "name": "settings", "steps": [ {{step}} ] }""";
}
