namespace BananPark.Cms.Web.Tests;

public sealed class DataProtectionKeysTests(AdminSite site) : IClassFixture<AdminSite>
{
    [Fact]
    public async Task SignInPage_WhenRendered_KeepsItsKeysWithTheSitesData()
    {
        using var client = site.NewClient();

        await Forms.TokenAsync(client, "/login");

        var keys = Path.Combine(site.Factory.DataPath, "DataProtection-Keys");
        Assert.True(Directory.Exists(keys), $"No key folder at {keys}.");
        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));
    }
}
