using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;

namespace BananPark.Cms.Core.Tests;

public sealed class ContentItemExtensionsTests
{
    [Fact]
    public void As_WhenPartPresent_ReadsTypedPart()
    {
        var item = ContentItemJson.Deserialize("""{"ContentType":"Group","AutoroutePart":{"Path":"groups/jieshi","SetHomepage":false}}""");

        var route = item.As<AutoroutePart>();

        Assert.NotNull(route);
        Assert.Equal("groups/jieshi", route.Path);
    }

    [Fact]
    public void As_WhenPartAbsent_ReturnsNull()
        => Assert.Null(new ContentItem { ContentType = "Group" }.As<TitlePart>());

    [Fact]
    public void Apply_WhenStoredPartHasPropertiesTheTypeLacks_KeepsThem()
    {
        var item = ContentItemJson.Deserialize("""{"ContentType":"Group","AutoroutePart":{"Path":"old","RouteContainedItems":true}}""");

        item.Apply(new AutoroutePart { Path = "groups/huaxi" });

        Assert.Equal("groups/huaxi", item.Content["AutoroutePart"]!["Path"]!.GetValue<string>());
        Assert.True(item.Content["AutoroutePart"]!["RouteContainedItems"]!.GetValue<bool>());
    }

    [Fact]
    public void SetField_WhenPartMissing_CreatesPartAndField()
    {
        var item = new ContentItem { ContentType = "Group" };

        item.SetField("Group", "Area", new NumericField { Value = 4.77m });

        Assert.Equal(4.77m, item.GetField<NumericField>("Group", "Area")!.Value);
    }
}
