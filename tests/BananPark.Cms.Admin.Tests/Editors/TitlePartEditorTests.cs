using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Parts.Title;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class TitlePartEditorTests : EditorTest
{
    [Fact]
    public void Render_Editable_ShowsTheTitleWithLabelAndCount()
    {
        var (definition, item) = Setup(null, "重庆巴南经济园区");

        var cut = RenderAs<TitlePartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "TitlePart", "Title")));

        var input = cut.Find("input#ed-TitlePart");
        Assert.Equal("TitlePart.Title", input.GetAttribute("name"));
        Assert.Equal("重庆巴南经济园区", input.GetAttribute("value"));
        Assert.Equal("Title", LabelOf(cut, "ed-TitlePart"));
        Assert.Null(input.GetAttribute("aria-required"));
        Assert.Equal("8 characters", cut.Find("#ed-TitlePart-count").TextContent);
    }

    [Fact]
    public void Render_WhenRequiredByTheSettings_MarksItRequired()
    {
        var (definition, item) = Setup("EditableRequired", null);

        var cut = RenderAs<TitlePartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "TitlePart", "Title", "Title is required.", required: true, errorPath: "TitlePart.Title")));

        Assert.Equal("Title (required)", LabelOf(cut, "ed-TitlePart"));
        Assert.Equal("true", cut.Find("input#ed-TitlePart").GetAttribute("aria-required"));
        AssertDescribedError(cut, "input#ed-TitlePart", "Title is required.");
    }

    [Fact]
    public void Render_WhenGenerated_ShowsTheTitleReadOnlyAndPostsNothing()
    {
        var (definition, item) = Setup("GeneratedDisabled", "Made title");

        var cut = RenderAs<TitlePartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "TitlePart", "Title")));

        var input = cut.Find("input#ed-TitlePart");
        Assert.True(input.HasAttribute("readonly"));
        Assert.Null(input.GetAttribute("name"));
        Assert.Equal("Made title", input.GetAttribute("value"));
    }

    [Fact]
    public void Render_WhenGeneratedHidden_ShowsNothing()
    {
        var (definition, item) = Setup("GeneratedHidden", "Made title");

        var cut = RenderAs<TitlePartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "TitlePart", "Title")));

        Assert.Empty(cut.FindAll("input"));
    }

    [Fact]
    public void Render_HostileTitle_IsEncoded()
    {
        var (definition, item) = Setup(null, Hostile);

        var cut = RenderAs<TitlePartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "TitlePart", "Title", Hostile, errorPath: "TitlePart.Title")));

        Assert.Equal(Hostile, cut.Find("input").GetAttribute("value"));
        AssertEncoded(cut);
    }

    private static (ContentDefinition, ContentItem) Setup(string? options, string? title)
    {
        var settings = options is null ? null : DefinitionBuilder.Settings(("TitlePartSettings", new JsonObject { ["Options"] = options }));
        var definition = new DefinitionBuilder(Type).Part("TitlePart", settings).Build();
        return (definition, new ContentItemBuilder(Type).With(i => i.Apply(new TitlePart { Title = title })).Build());
    }
}
