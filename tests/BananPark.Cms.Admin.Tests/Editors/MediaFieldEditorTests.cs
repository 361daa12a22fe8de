using BananPark.Cms.Admin.Fields.Media;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class MediaFieldEditorTests : EditorTest
{
    [Fact]
    public void Render_ShowsTheStoredPathsReadOnly()
    {
        var definition = new DefinitionBuilder(Type).Field("MediaField", "Logo", "Logo").Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Logo", new MediaField { Paths = ["logos/blue-moon.png"], MediaTexts = ["Blue Moon"] })).Build();

        var cut = RenderAs<MediaFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Logo", "Logo: the file is missing.")));

        Assert.Equal("Logo", cut.Find("#ed-Article-Logo-label").TextContent);
        Assert.Equal(["logos/blue-moon.png"], cut.FindAll("ul[aria-labelledby='ed-Article-Logo-label'] code").Select(c => c.TextContent));
        Assert.Empty(cut.FindAll("input, textarea, select"));
        Assert.Contains("Logo: the file is missing.", cut.Find("#ed-Article-Logo-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostilePath_IsEncoded()
    {
        var definition = new DefinitionBuilder(Type).Field("MediaField", "Logo", "Logo").Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Logo", new MediaField { Paths = [Hostile] })).Build();

        var cut = RenderAs<MediaFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Logo")));

        Assert.Equal(Hostile, cut.Find("code").TextContent);
        AssertEncoded(cut);
    }
}
