using System.Net;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Web.Tests;

/// <summary>Script in titles, text, rich text and links never runs; values out of the type's bounds are refused with a message and nothing saved.</summary>
public sealed class ContentHostileInputTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Svg = "\"><svg onload=alert(1)>";
    private const string ParkId = "fehw0pma25z5a9zyc3jm76bzpz";
    private const string ClusterId = "9e1yebvs9pyd7jptpqy4ryf79q";

    [Fact]
    public async Task TitleAndText_WithMarkup_AreShownEncodedInTheEditorTheListAndThePublicPage()
    {
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        var id = await ContentAdmin.FindAsync(admin, "Electrical machinery");

        ContentAdmin.Redirected(await ContentAdmin.EditAsync(admin, id, "publish", ("TitlePart.Title", "Electrical " + Svg), ("Cluster.Summary.Text", "Motors " + Svg)));

        var editor = await admin.GetStringAsync(new Uri(ContentAdmin.EditPath(id), UriKind.Relative), TestContext.Current.CancellationToken);
        var list = await admin.GetStringAsync(new Uri("/admin/content?q=Electrical", UriKind.Relative), TestContext.Current.CancellationToken);
        var path = (await ContentAdmin.StoredAsync(site, id, VersionOptions.Published))!.As<AutoroutePart>()!.Path;
        var publicPage = await site.NewClient().GetStringAsync(new Uri("/" + path, UriKind.Relative), TestContext.Current.CancellationToken);
        foreach (var html in new[] { editor, list, publicPage })
        {
            Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("&lt;svg onload=alert(1)&gt;", html);
        }

        Assert.Contains("Motors &quot;&gt;&lt;svg", editor);
    }

    [Fact]
    public async Task RichText_WithScript_IsSanitizedWhenStoredAndOnThePublicPage()
    {
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        var id = await ContentAdmin.FindAsync(admin, "Zhongheng");

        ContentAdmin.Redirected(await ContentAdmin.EditAsync(admin, id, "publish",
            ("HtmlBodyPart.Html", "<p>Fine words.</p><img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">x</a>")));

        var stored = (await ContentAdmin.StoredAsync(site, id, VersionOptions.Published))!.Content["HtmlBodyPart"]!["Html"]!.GetValue<string>();
        var publicPage = await site.NewClient().GetStringAsync(new Uri("/enterprises/zhongheng", UriKind.Relative), TestContext.Current.CancellationToken);
        foreach (var html in new[] { stored, publicPage })
        {
            Assert.Contains("Fine words.", html);
            Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    public async Task LinkField_WithAScriptUrl_IsRefusedAndNothingSaved(string url)
    {
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        var id = await ContentAdmin.FindAsync(admin, "Merrill");
        var before = await ContentAdmin.SnapshotAsync(site, id);

        var response = await ContentAdmin.EditAsync(admin, id, "publish", ("Enterprise.Website.Url", url), ("Enterprise.Website.Text", "Click"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Nothing was saved.", html);
        Assert.Contains("Website: only http, https, mailto and tel links are allowed.", html);
        Assert.Equal(before, await ContentAdmin.SnapshotAsync(site, id));
    }

    [Theory]
    [InlineData(ParkId, "Park.FormerName.Text", null, "Former name: at most 1,000 characters are allowed; this has 1,001.")]
    [InlineData(ParkId, "Park.ApprovedArea.Value", "100000.01", "the largest value allowed is 100,000.")]
    [InlineData(ParkId, "Park.ApprovedArea.Value", "12abc", ": enter a number, such as 12 or 4.75.")]
    [InlineData(ClusterId, "Cluster.Order.Value", "0", "Order: the smallest value allowed is 1.")]
    [InlineData(ClusterId, "ScheduleAt", "next tuesday", "Publish later: enter a date and time.")]
    public async Task Save_WithAValueOutOfBounds_GivesAFieldMessageAndSavesNothing(string id, string input, string? value, string message)
    {
        var admin = await ContentAdmin.SignedInAsync(site, "admin", Forms.AdminPassword);
        var before = await ContentAdmin.SnapshotAsync(site, id);
        var action = input == "ScheduleAt" ? "schedule" : "save";

        var response = await ContentAdmin.EditAsync(admin, id, action, (input, value ?? new string('x', 1_001)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Nothing was saved.", html);
        Assert.Contains(message, html);
        Assert.Equal(before, await ContentAdmin.SnapshotAsync(site, id));
    }
}
