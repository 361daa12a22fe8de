using BananPark.Cms.Admin.Parts.HtmlBody;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class HtmlBodyPartEditorTests : EditorTest
{
    [Fact]
    public void Render_ShowsTheBodyWithTheDefaultLimit()
    {
        var definition = new DefinitionBuilder(Type).Part("HtmlBodyPart").Build();
        var item = new ContentItemBuilder(Type).With(i => i.Apply(new HtmlBodyPart { Html = "<p>Park</p>" })).Build();

        var cut = RenderAs<HtmlBodyPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, item, "HtmlBodyPart", "Body", "Body: too long.", errorPath: "HtmlBodyPart.Html")));

        var textarea = cut.Find("textarea#ed-HtmlBodyPart");
        Assert.Equal("HtmlBodyPart.Html", textarea.GetAttribute("name"));
        Assert.Equal("<p>Park</p>", textarea.TextContent);
        Assert.Equal("Body", LabelOf(cut, "ed-HtmlBodyPart"));
        Assert.Equal("4 characters of max 200,000", cut.Find("#ed-HtmlBodyPart-count").TextContent);
        AssertDescribedError(cut, "textarea", "Body: too long.");
    }

    [Fact]
    public void Render_HostileMessage_IsEncoded()
    {
        var definition = new DefinitionBuilder(Type).Part("HtmlBodyPart").Build();

        var cut = RenderAs<HtmlBodyPartEditor>(Administrator, p => p.Add(e => e.Context, PartContext(definition, new ContentItemBuilder(Type).Build(), "HtmlBodyPart", "Body", Hostile)));

        AssertEncoded(cut);
    }
}
