using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services.Audit;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Content.Tests;

public sealed class AuditTrailRecorderTests : WorkflowTestBase
{
    [Fact]
    public async Task HandleAsync_WritesOneRowPerEventWithWhoWhatAndWhich()
    {
        Actor.SignIn("u-li", "li.wei");
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        var id = item.ContentItemId;
        item = await SaveAsync(WithSummary(item, "edited"), publish: false);
        await Manager(m => m.SchedulePublishAsync(id, Clock.UtcNow.AddDays(1)));
        await Manager(m => m.PublishAsync(id));
        await Manager(m => m.UnpublishAsync(id));
        await Manager(m => m.DeleteAsync(id));
        await Manager(m => m.RestoreAsync(id));
        await SaveAsync(WithSummary((await LatestAsync(id))!, "published"), publish: true);
        await Manager(m => m.RestoreVersionAsync(id, item.ContentItemVersionId));

        var rows = await AuditAsync(id);

        Assert.Equal(
            ["Created", "Edited", "Scheduled", "Published", "Unpublished", "Deleted", "Restored", "Edited", "Published", "Restored"],
            rows.Select(r => r.Event));
        Assert.All(rows, r =>
        {
            Assert.Equal("li.wei", r.UserName);
            Assert.Equal("u-li", r.UserId);
            Assert.Equal("Enterprise", r.ContentType);
            Assert.Equal("Huike", r.DisplayText);
            Assert.Equal(Clock.UtcNow, r.CreatedUtc);
            Assert.False(string.IsNullOrEmpty(r.ContentItemVersionId));
        });
    }

    [Fact]
    public async Task HandleAsync_WhenOneTextFieldIsEdited_RecordsExactlyThatChangeWithItsLabel()
    {
        var item = await SaveAsync(Enterprise("Huike", "LCD panels").Build(), publish: false);

        await SaveAsync(WithSummary(item, "LCD and OLED panels"), publish: false);

        var edited = (await AuditAsync(item.ContentItemId)).Single(r => r.Event == "Edited");
        var change = Assert.Single(Changes(edited));
        Assert.Equal(new AuditChange("Enterprise.Summary", "Short description", "LCD panels", "LCD and OLED panels"), change);
        Assert.Equal("system", edited.UserName);
        Assert.Null(edited.UserId);
    }

    [Fact]
    public async Task HandleAsync_WhenCreated_RecordsTheValuesAsAdded()
    {
        var item = await SaveAsync(Enterprise("Huike", "LCD panels").Build(), publish: false);

        var created = Changes(Assert.Single(await AuditAsync(item.ContentItemId)));

        Assert.Contains(new AuditChange("TitlePart.Title", "Title", null, "Huike"), created);
        Assert.Contains(new AuditChange("Enterprise.Summary", "Short description", null, "LCD panels"), created);
        Assert.Contains(new AuditChange("AutoroutePart.Path", "URL path", null, "enterprises/huike"), created);
    }

    [Fact]
    public async Task HandleAsync_WhenADraftIsPublished_RecordsTheChangesSinceThePublishedVersion()
    {
        var item = await SaveAsync(Enterprise("Huike", "one").Build(), publish: true);
        await SaveAsync(WithSummary(item, "two"), publish: false);

        await Manager(m => m.PublishAsync(item.ContentItemId));

        var published = (await AuditAsync(item.ContentItemId)).Last();
        Assert.Equal("Published", published.Event);
        Assert.Equal(new AuditChange("Enterprise.Summary", "Short description", "one", "two"), Assert.Single(Changes(published)));
    }

    [Fact]
    public async Task SaveAsync_WhenValidationFails_WritesNoAuditRow()
    {
        var bad = Enterprise("Huike").With(i => i.Content["Enterprise"]!["Summary"] = new JsonObject { ["Text"] = 5 }).Build();

        await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(bad, publish: true));

        Assert.Equal(0, await AuditCountAsync());
    }

    [Fact]
    public async Task SaveAsync_WhenTheRouteIsTaken_WritesNoAuditRow()
    {
        await SaveAsync(Enterprise("Huike").Build(), publish: true);
        var before = await AuditCountAsync();
        var clash = Enterprise("Other").With(i => i.Apply(new AutoroutePart { Path = "enterprises/huike" })).Build();

        await Assert.ThrowsAsync<ContentValidationException>(() => SaveAsync(clash, publish: true));

        Assert.Equal(before, await AuditCountAsync());
        Assert.Empty(await AuditAsync(clash.ContentItemId));
    }

    [Fact]
    public async Task SaveAsync_WhenItConflicts_WritesNoAuditRow()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: false);
        await SaveAsync(WithSummary(item, "theirs"), publish: false);
        var before = await AuditCountAsync();

        await Assert.ThrowsAsync<ContentConflictException>(() => SaveAsync(WithSummary(item, "mine"), publish: false));

        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task ImportAsync_RecordsImportedBySystem()
    {
        var item = Enterprise("Imported Co").With(i => i.Apply(new AutoroutePart { Path = "enterprises/imported-co" })).Build();

        await Tenant.ImportAsync(new RecipeBuilder().Content(item).Build());

        var row = Assert.Single(await AuditAsync(item.ContentItemId));
        Assert.Equal("Imported", row.Event);
        Assert.Equal("system", row.UserName);
        Assert.Equal("Imported Co", row.DisplayText);
    }

    [Fact]
    public async Task HandleAsync_WhenTextsAreLongerThanTheColumns_CutsThemToFit()
    {
        var title = new string('长', 2000);
        var notes = new string('x', 5000);

        var item = await SaveAsync(Enterprise(title).With(i => i.Apply(new AutoroutePart { Path = "enterprises/long" }))
            .With(i => i.SetField("Enterprise", "Notes", new MarkdownField { Markdown = notes })).Build(), publish: false);

        var row = Assert.Single(await AuditAsync(item.ContentItemId));
        Assert.Equal(1024, row.DisplayText!.Length);
        Assert.EndsWith("…", row.DisplayText, StringComparison.Ordinal);
        var change = Changes(row).Single(c => c.Path == "Enterprise.Notes");
        Assert.Equal(4000, change.After!.Length);
    }

    private static List<AuditChange> Changes(AuditEventRecord row) => JsonSerializer.Deserialize<List<AuditChange>>(row.Changes)!;

    private Task<int> AuditCountAsync() => Tenant.RunAsync<CmsDbContext, int>(db => db.AuditEvents.CountAsync());
}
