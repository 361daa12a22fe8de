using BananPark.Cms.Admin.Services.Content;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;

namespace BananPark.Cms.Admin.Tests.Content;

public sealed class ConflictMergeTests
{
    private static readonly ContentDefinition Definition = new();

    private static ContentItem Item(string title, string? summary) => new ContentItemBuilder("Cluster").WithTitle(title).WithText("Summary", summary).Build();

    [Fact]
    public void Merge_WhenOnlyTheyChangedAField_TakesTheirValueAndKeepsMine()
    {
        var origin = Item("Huaxi", "old summary");
        var mine = Item("Huaxi", "my summary");
        var theirs = Item("Huaxi Park", "old summary");

        var result = ConflictMerge.Merge(mine, theirs, ConflictMerge.BaseOf(origin), Definition, KindServices.Diff);

        Assert.Equal("Huaxi Park", result.Merged.Content["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal("my summary", result.Merged.Content["Cluster"]!["Summary"]!["Text"]!.GetValue<string>());
        Assert.Equal(["TitlePart.Title"], result.Taken.Select(c => c.Path));
        Assert.Empty(result.Clashes);
    }

    [Fact]
    public void Merge_WhenBothChangedAField_KeepsMineAndReportsTheirs()
    {
        var origin = Item("Huaxi", "old summary");
        var mine = Item("Huaxi", "my summary");
        var theirs = Item("Huaxi", "their summary");

        var result = ConflictMerge.Merge(mine, theirs, ConflictMerge.BaseOf(origin), Definition, KindServices.Diff);

        Assert.Equal("my summary", result.Merged.Content["Cluster"]!["Summary"]!["Text"]!.GetValue<string>());
        var clash = Assert.Single(result.Clashes);
        Assert.Equal(("Cluster.Summary", "their summary", "my summary"), (clash.Path, clash.Before, clash.After));
        Assert.Empty(result.Taken);
    }

    [Fact]
    public void Merge_WhenTheBaseIsMissingOrForged_LosesNothingOfMine()
    {
        var mine = Item("Mine", "my summary");
        var theirs = Item("Theirs", "their summary");

        foreach (var bases in new[] { null, "", "not json", "{\"TitlePart.Title\": 5}" })
        {
            var result = ConflictMerge.Merge(mine, theirs, bases, Definition, KindServices.Diff);

            Assert.Equal("Mine", result.Merged.Content["TitlePart"]!["Title"]!.GetValue<string>());
            Assert.Equal("my summary", result.Merged.Content["Cluster"]!["Summary"]!["Text"]!.GetValue<string>());
        }
    }
}
