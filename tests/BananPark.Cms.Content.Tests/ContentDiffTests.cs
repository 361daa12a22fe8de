using System.Text.Json.Nodes;
using BananPark.Cms.Content.Services;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Content.Tests;

public sealed class ContentDiffTests
{
    private static readonly ContentDiff Diff = KindServices.Diff;

    private static readonly ContentDefinition Definition
        = ContentDefinitionJson.FromJson((JsonObject)JsonNode.Parse(WorkflowRecipe.Definitions)!["steps"]![0]!);

    [Fact]
    public void Compare_WhenOneFieldChanges_ReturnsThatChangeLabelledFromTheDefinition()
    {
        var before = Item().With(i => i.SetField("Enterprise", "Summary", new TextField { Text = "old" })).Build();
        var after = Change(before, i => i.SetField("Enterprise", "Summary", new TextField { Text = "new" }));

        var change = Assert.Single(Diff.Compare(before, after, Definition));

        Assert.Equal(new FieldChange("Enterprise.Summary", "Short description", "old", "new"), change);
    }

    [Fact]
    public void Compare_WhenNothingChanged_ReturnsNothing()
    {
        var item = Item().With(i => i.SetField("Enterprise", "Summary", new TextField { Text = "same" })).Build();

        Assert.Empty(Diff.Compare(item, item.Clone(), Definition));
    }

    [Fact]
    public void Compare_WhenALinkChanges_ShowsItsTextAndUrl()
    {
        var before = Item().With(i => i.SetField("Enterprise", "Website", new LinkField { Url = "https://old.example.cn" })).Build();
        var after = Change(before, i => i.SetField("Enterprise", "Website", new LinkField { Url = "https://huike.example.cn", Text = "Huike", Target = "_blank" }));

        var change = Assert.Single(Diff.Compare(before, after, Definition));

        Assert.Equal("Web site", change.Label);
        Assert.Equal("https://old.example.cn", change.Before);
        Assert.Equal("Huike <https://huike.example.cn>", change.After);
    }

    [Fact]
    public void Compare_WhenListsChange_JoinsTheirValues()
    {
        var before = Item().With(i => i.SetField("Enterprise", "Sectors", new MultiTextField { Values = ["Display"] })).Build();
        var after = Change(before, i => i.SetField("Enterprise", "Sectors", new MultiTextField { Values = ["Display", "Optics"] }));

        var change = Assert.Single(Diff.Compare(before, after, Definition));

        Assert.Equal(new FieldChange("Enterprise.Sectors", "Sectors", "Display", "Display, Optics"), change);
    }

    [Fact]
    public void Compare_WhenANumberChanges_ShowsBothNumbers()
    {
        var before = Item().With(i => i.SetField("Enterprise", "Employees", new NumericField { Value = 120 })).Build();
        var after = Change(before, i => i.SetField("Enterprise", "Employees", new NumericField { Value = 150.5m }));

        Assert.Equal(new FieldChange("Enterprise.Employees", "Employees", "120", "150.5"), Assert.Single(Diff.Compare(before, after, Definition)));
    }

    [Fact]
    public void Compare_WhenFieldsAreAddedAndRemoved_ShowsTheMissingSideAsNull()
    {
        var before = Item().With(i => i.SetField("Enterprise", "Summary", new TextField { Text = "gone" })).Build();
        var after = Change(before, i =>
        {
            ((JsonObject)i.Content["Enterprise"]!).Remove("Summary");
            i.SetField("Enterprise", "Notes", new MarkdownField { Markdown = "*new*" });
        });

        var changes = Diff.Compare(before, after, Definition);

        Assert.Equal(
            [new FieldChange("Enterprise.Summary", "Short description", "gone", null), new FieldChange("Enterprise.Notes", "Notes", null, "*new*")],
            changes);
    }

    [Fact]
    public void Compare_WhenOnlyEmptyValuesDiffer_ReturnsNothing()
    {
        var before = Item().With(i => i.SetField("Enterprise", "Summary", new TextField { Text = null })).Build();
        var after = Change(before, i => i.SetField("Enterprise", "Summary", new TextField { Text = "" }));
        var removed = Change(before, i => ((JsonObject)i.Content["Enterprise"]!).Remove("Summary"));

        Assert.Empty(Diff.Compare(before, after, Definition));
        Assert.Empty(Diff.Compare(before, removed, Definition));
    }

    [Fact]
    public void Compare_LabelsTheKnownPartsByWhatEditorsCallThem()
    {
        var before = Item().WithTitle("Old").With(i => i.Apply(new AutoroutePart { Path = "enterprises/old" }))
            .With(i => i.Apply(new HtmlBodyPart { Html = "<p>old</p>" })).Build();
        var after = Change(before, i =>
        {
            i.Apply(new TitlePart { Title = "New" });
            i.Apply(new AutoroutePart { Path = "enterprises/new" });
            i.Apply(new HtmlBodyPart { Html = "<p>new</p>" });
        });

        var changes = Diff.Compare(before, after, Definition);

        Assert.Equal(["Title", "Body", "URL path"], changes.Select(c => c.Label));
        Assert.Equal(["TitlePart.Title", "HtmlBodyPart.Html", "AutoroutePart.Path"], changes.Select(c => c.Path));
    }

    [Fact]
    public void Compare_ListsChangesInTheDefinitionsOrderNotTheJsonOrder()
    {
        var before = Item().Build();
        var after = Change(before, i =>
        {
            i.SetField("Enterprise", "Notes", new MarkdownField { Markdown = "notes" });
            i.SetField("Enterprise", "Summary", new TextField { Text = "summary" });
            i.Apply(new TitlePart { Title = "Title" });
        });

        Assert.Equal(["TitlePart.Title", "Enterprise.Summary", "Enterprise.Notes"], Diff.Compare(before, after, Definition).Select(c => c.Path));
    }

    [Fact]
    public void Compare_WhenAPartOrFieldIsNotDefined_LabelsItByItsNames()
    {
        var before = Item().Build();
        var after = Change(before, i =>
        {
            i.Content["LayerMetadata"] = new JsonObject { ["Layer"] = "Always" };
            i.SetField("Enterprise", "Legacy", new TextField { Text = "kept" });
        });

        var changes = Diff.Compare(before, after, Definition);

        Assert.Contains(new FieldChange("LayerMetadata.Layer", "LayerMetadata Layer", null, "Always"), changes);
        Assert.Contains(new FieldChange("Enterprise.Legacy", "Enterprise Legacy", null, "kept"), changes);
    }

    [Fact]
    public void Compare_IgnoresTheSchedule()
    {
        var before = Item().Build();
        var after = Change(before, i => i.Apply(new PublishLaterPart { ScheduledPublishUtc = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc) }));

        Assert.Empty(Diff.Compare(before, after, Definition));
    }

    [Fact]
    public void Compare_WhenTheTypeIsUnknown_StillComparesByNames()
    {
        var before = new ContentItemBuilder("Gone").With(i => i.SetField("Gone", "Name", new TextField { Text = "a" })).Build();
        var after = Change(before, i => i.SetField("Gone", "Name", new TextField { Text = "b" }));

        Assert.Equal(new FieldChange("Gone.Name", "Gone Name", "a", "b"), Assert.Single(Diff.Compare(before, after, Definition)));
    }

    private static ContentItemBuilder Item() => new ContentItemBuilder("Enterprise").WithId("4diffitem00000000000000000");

    private static ContentItem Change(ContentItem item, Action<ContentItem> change)
    {
        var changed = item.Clone();
        change(changed);
        return changed;
    }
}
