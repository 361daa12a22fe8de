using System.Net;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Identity.Data;
using BananPark.Cms.Identity.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Web.Tests;

/// <summary>The content type screens through the assembled site: an admin adds a field and the public page shows it.</summary>
public sealed class ContentTypeScreenTests(AdminSite site) : IClassFixture<AdminSite>
{
    private const string Enterprise = "/admin/content-types/Enterprise";

    [Fact]
    public async Task AddField_ThroughThePages_ShowsOnThePublicPageOnceAValueIsSaved()
    {
        var admin = await SignedInAsync();

        var suggested = await Html(await Forms.PostAsync(admin, Enterprise, "add-field",
            [new("NewField.DisplayName", "Number of employees"), new("NewField.Name", ""), new("NewField.Kind", "NumericField")]));
        Assert.Contains("Suggested technical name: <code>NumberOfEmployees</code>", suggested, StringComparison.Ordinal);
        Assert.Contains("value=\"Number of employees\"", suggested, StringComparison.Ordinal);
        var added = await Forms.PostAsync(admin, Enterprise, "add-field",
            [new("NewField.DisplayName", "Number of employees"), new("NewField.Name", "NumberOfEmployees"), new("NewField.Kind", "NumericField")]);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("Added the field &#x27;NumberOfEmployees&#x27; (NumericField)", await Html(added), StringComparison.Ordinal);

        var visitor = site.NewClient();
        var before = await visitor.GetStringAsync(new Uri("/enterprises/chang-an-suzuki", UriKind.Relative), TestContext.Current.CancellationToken);
        await SaveAsync("enterprises/chang-an-suzuki", item => item.SetField("Enterprise", "NumberOfEmployees", new NumericField { Value = 12500 }));
        var after = await visitor.GetStringAsync(new Uri("/enterprises/chang-an-suzuki", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain("Number of employees", before, StringComparison.Ordinal);
        Assert.Contains("<dt>Number of employees</dt><dd>12,500</dd>", after, StringComparison.Ordinal);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var logged = await scope.ServiceProvider.GetRequiredService<CmsIdentityDbContext>().SecurityEvents
            .Where(e => e.Kind == SecurityEventKinds.ContentTypeChanged && e.Subject == "Enterprise").Select(e => e.Detail).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Added the field 'NumberOfEmployees' (NumericField) to 'Enterprise'.", logged);
    }

    [Fact]
    public async Task FieldSettings_WhenMinimumIsAboveMaximum_ShowsTheProblemAndKeepsWhatWasTyped()
    {
        var admin = await SignedInAsync();
        await Forms.PostAsync(admin, Enterprise, "add-field", [new("NewField.DisplayName", "Hectares"), new("NewField.Name", "Hectares"), new("NewField.Kind", "NumericField")]);
        var page = $"{Enterprise}/fields/Hectares";

        var refused = await Html(await Forms.PostAsync(admin, page, "field-settings",
            [new("Input.DisplayName", "Land (ha)"), new("Input.Minimum", "10"), new("Input.Maximum", "5"), new("Input.Scale", "1")]));
        var saved = await Html(await Forms.PostAsync(admin, page, "field-settings",
            [new("Input.DisplayName", "Land (ha)"), new("Input.Minimum", "0"), new("Input.Maximum", "5000"), new("Input.Scale", "1")]));

        Assert.Contains("The minimum (10) is larger than the maximum (5).", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Land (ha)\"", refused, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"minimum\"[^>]*value=\"10\"", refused);
        Assert.Contains("Saved the settings of the field", saved, StringComparison.Ordinal);
        var field = (await DefinitionAsync()).FindPart("Enterprise")!.Fields.Single(f => f.Name == "Hectares");
        Assert.Equal(("Land (ha)", "5000"), (field.DisplayName, field.Settings["NumericFieldSettings"]!["Maximum"]!.ToJsonString()));
    }

    [Fact]
    public async Task RemoveThenPurge_ThroughThePages_DeletesTheStoredValues()
    {
        var admin = await SignedInAsync();
        await Forms.PostAsync(admin, Enterprise, "add-field", [new("NewField.DisplayName", "Slogan"), new("NewField.Name", "Slogan"), new("NewField.Kind", "TextField")]);
        await SaveAsync("enterprises/blue-moon", item => item.SetField("Enterprise", "Slogan", new TextField { Text = "Clean" }));

        var removed = await Html(await Forms.PostAsync(admin, Enterprise, "fields", [new("FieldAction", "remove|Slogan")]));
        var purgePage = await admin.GetStringAsync(new Uri($"{Enterprise}/purge/Slogan", UriKind.Relative), TestContext.Current.CancellationToken);
        var unconfirmed = await Html(await Forms.PostAsync(admin, $"{Enterprise}/purge/Slogan", "purge", []));
        var purged = await Html(await Forms.PostAsync(admin, $"{Enterprise}/purge/Slogan", "purge", [new("confirm", "yes")]));

        Assert.Contains("Removed fields with stored data", removed, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/content-types/Enterprise/purge/Slogan\"", removed, StringComparison.Ordinal);
        Assert.Contains("from 1 version(s) of 1 item(s)", purgePage, StringComparison.Ordinal);
        Assert.Contains("Tick the box to confirm the purge.", unconfirmed, StringComparison.Ordinal);
        Assert.Contains("Removed <code>Slogan</code> from 1 version(s) of 1 item(s).", purged, StringComparison.Ordinal);
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetByRouteAsync("enterprises/blue-moon", TestContext.Current.CancellationToken);
        Assert.Null(item!.GetField<TextField>("Enterprise", "Slogan"));
    }

    [Fact]
    public async Task CreateType_ThroughTheList_RedirectsToTheNewType()
    {
        var admin = await SignedInAsync();

        var created = await Forms.PostAsync(admin, "/admin/content-types", "create-type",
            [new("Input.DisplayName", "Press release"), new("Input.Name", "PressRelease"), new("Input.Creatable", "true")]);

        Assert.Equal("/admin/content-types/PressRelease", Forms.Location(created));
        var type = (await DefinitionAsync()).FindType("PressRelease")!;
        Assert.Equal(("Press release", true, false), (type.DisplayName, type.TypeSettings.Creatable, type.TypeSettings.Listable));
    }

    [Fact]
    public async Task Pages_WithoutManageContentTypes_Are403AndChangeNothing()
    {
        await site.CreateUserAsync("no-types", "a password without types", "NoTypes", "AccessAdminPanel", "EditContent");
        var client = site.NewClient();
        await Forms.SignInAsync(client, "no-types", "a password without types");
        var admin = await SignedInAsync();
        var token = await Forms.TokenAsync(admin, Enterprise);
        using var form = new FormUrlEncodedContent([new("_handler", "add-field"), new("__RequestVerificationToken", token),
            new("NewField.DisplayName", "Intruder"), new("NewField.Name", "Intruder"), new("NewField.Kind", "TextField")]);

        var list = await client.GetAsync(new Uri("/admin/content-types", UriKind.Relative), TestContext.Current.CancellationToken);
        var edit = await client.GetAsync(new Uri(Enterprise, UriKind.Relative), TestContext.Current.CancellationToken);
        var post = await client.PostAsync(new Uri(Enterprise, UriKind.Relative), form, TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { list.StatusCode, edit.StatusCode, post.StatusCode });
        Assert.DoesNotContain((await DefinitionAsync()).FindPart("Enterprise")!.Fields, f => f.Name == "Intruder");
    }

    [Fact]
    public async Task AddField_WithoutAntiforgeryToken_Is400()
    {
        var admin = await SignedInAsync();

        var response = await Forms.PostAsync(admin, Enterprise, "add-field",
            [new("NewField.DisplayName", "Forged"), new("NewField.Name", "Forged"), new("NewField.Kind", "TextField")], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain((await DefinitionAsync()).FindPart("Enterprise")!.Fields, f => f.Name == "Forged");
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = site.NewClient();
        await Forms.SignInAsync(client, "admin", Forms.AdminPassword);
        return client;
    }

    private async Task SaveAsync(string route, Action<ContentItem> change)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var item = await content.GetByRouteAsync(route);
        change(item!);
        await content.SaveAsync(item!, publish: true);
    }

    private async Task<ContentDefinition> DefinitionAsync()
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IContentDefinitionManager>().GetAsync();
    }

    private static Task<string> Html(HttpResponseMessage response) => response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
