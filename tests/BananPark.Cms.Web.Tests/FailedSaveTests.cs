using System.Net;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// A save the store refuses (SQLite's own SQLITE_READONLY, as on a read-only or full disk) says so and keeps
/// every typed value in the form, on each admin form that saves; nothing is stored.
/// </summary>
public sealed class FailedSaveTests(FailedSaveTests.ReadOnlyStoreSite site) : IClassFixture<FailedSaveTests.ReadOnlyStoreSite>
{
    [Fact]
    public async Task ContentEditorSave_WhenTheStoreRefusesWrites_SaysCouldNotSaveAndKeepsTheTypedText()
    {
        var admin = await AdminAsync();
        var id = await ContentAdmin.FindAsync(admin, "Guangyu");
        var before = await ContentAdmin.SnapshotAsync(site, id);

        var response = await WhileReadOnlyAsync(() => ContentAdmin.EditAsync(admin, id, "publish", ("TitlePart.Title", "Guangyu typed on a full disk"), ("HtmlBodyPart.Html", "<p>Words typed while the disk was full.</p>")));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Could not save: the store is unavailable or full.", html, StringComparison.Ordinal);
        Assert.Contains("Guangyu typed on a full disk", html, StringComparison.Ordinal);
        Assert.Contains("Words typed while the disk was full.", html, StringComparison.Ordinal);
        Assert.Equal(before, await ContentAdmin.SnapshotAsync(site, id));
    }

    [Fact]
    public async Task SettingsSave_WhenTheStoreRefusesWrites_SaysCouldNotSaveAndKeepsTheTypedValue()
    {
        var admin = await AdminAsync();
        var fields = await FormFields.OfAsync(admin, "/admin/settings", "site-settings");
        fields["Input.FooterHost"] = "Typed on a full disk";

        var response = await WhileReadOnlyAsync(() => Forms.PostAsync(admin, "/admin/settings", "site-settings", fields));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Could not save: the store is unavailable or full.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Typed on a full disk\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Typed on a full disk", await admin.GetStringAsync(new Uri("/admin/settings", UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentTypeSave_WhenTheStoreRefusesWrites_SaysCouldNotSaveAndKeepsTheTypedName()
    {
        var admin = await AdminAsync();
        const string page = "/admin/content-types/Enterprise";
        var fields = await FormFields.OfAsync(admin, page, "type-settings");
        fields["Input.DisplayName"] = "Firms typed on a full disk";

        var response = await WhileReadOnlyAsync(() => Forms.PostAsync(admin, page, "type-settings", fields));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Could not save: the store is unavailable or full.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Firms typed on a full disk\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Firms typed on a full disk", await admin.GetStringAsync(new Uri(page, UriKind.Relative), TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var admin = site.NewClient();
        await Forms.SignInAsync(admin, "admin", Forms.AdminPassword);
        return admin;
    }

    /// <summary>Reads still work (the form's page and token are fetched as usual); every write is refused.</summary>
    private async Task<HttpResponseMessage> WhileReadOnlyAsync(Func<Task<HttpResponseMessage>> post)
    {
        site.Outage.ReadOnly = true;
        try
        {
            return await post();
        }
        finally
        {
            site.Outage.ReadOnly = false;
        }
    }

    /// <summary>The admin site with the store's writes switched off on demand.</summary>
    public sealed class ReadOnlyStoreSite : AdminSite
    {
        public ReadOnlyStoreSite()
            : this(new StoreOutage())
        {
        }

        private ReadOnlyStoreSite(StoreOutage outage)
            : base(services => StoreOutage.Install(services, outage))
            => Outage = outage;

        public StoreOutage Outage { get; }
    }
}
