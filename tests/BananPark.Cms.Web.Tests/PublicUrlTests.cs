namespace BananPark.Cms.Web.Tests;

/// <summary>With <c>Cms:PublicUrl</c> set, the editor's address preview shows the public address, not the node's.</summary>
public sealed class PublicUrlTests(PublicUrlTests.PublicUrlSite site) : IClassFixture<PublicUrlTests.PublicUrlSite>
{
    [Fact]
    public async Task Editor_WhenPublicUrlIsSet_PreviewsTheAddressUnderIt()
    {
        var admin = site.NewClient();
        await Forms.SignInAsync(admin, "admin", Forms.AdminPassword);
        var id = await ContentAdmin.FindAsync(admin, "Guangyu");

        var html = await admin.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("data-slug-base=\"https://park.example.org/cms/\"", html, StringComparison.Ordinal);
        Assert.Contains("https://park.example.org/cms/enterprises/guangyu-company", html, StringComparison.Ordinal);
    }

    /// <summary>An admin site told that visitors reach it at https://park.example.org/cms.</summary>
    public sealed class PublicUrlSite : AdminSite
    {
        public PublicUrlSite() => Factory.With("Cms:PublicUrl", "https://park.example.org/cms");
    }
}
