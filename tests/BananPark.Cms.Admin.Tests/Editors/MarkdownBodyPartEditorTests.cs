using BananPark.Cms.Admin.Parts.MarkdownBody;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class MarkdownBodyPartEditorTests : EditorTest
{
    [Fact]
    public void Render_ShowsTheBodyAndItsPreview()
    {
        var definition = new DefinitionBuilder(Type).Part("MarkdownBodyPart").Build();
        var item = new ContentItemBuilder(Type).With(i => i.Apply(new MarkdownBodyPart { Markdown = "**Banan**" })).Build();

        var cut = RenderAs<MarkdownBodyPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "MarkdownBodyPart", "Body", "Body: too long.", errorPath: "MarkdownBodyPart.Markdown")));

        Assert.Equal("MarkdownBodyPart.Markdown", cut.Find("textarea#ed-MarkdownBodyPart").GetAttribute("name"));
        Assert.Equal("Banan", cut.Find("#ed-MarkdownBodyPart-preview strong").TextContent);
        Assert.Equal("Body", LabelOf(cut, "ed-MarkdownBodyPart"));
        AssertDescribedError(cut, "textarea", "Body: too long.");
    }

    [Fact]
    public void Render_HostileBody_IsEncoded()
    {
        var definition = new DefinitionBuilder(Type).Part("MarkdownBodyPart").Build();
        var item = new ContentItemBuilder(Type).With(i => i.Apply(new MarkdownBodyPart { Markdown = Hostile })).Build();

        var cut = RenderAs<MarkdownBodyPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "MarkdownBodyPart", "Body")));

        AssertEncoded(cut);
    }
}
