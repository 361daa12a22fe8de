using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Date;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class DateFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type)
        .Field("DateField", "Founded", "Founded", DefinitionBuilder.Settings(("DateFieldSettings", new JsonObject { ["Required"] = true, ["Hint"] = "The day of registration." })))
        .Build();

    [Fact]
    public void Render_ShowsTheStoredDateAsYearMonthDay()
    {
        var item = new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Founded"] = new JsonObject { ["Value"] = "2002-12-01T00:00:00" } }).Build();

        var cut = RenderAs<DateFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Founded")));

        var input = cut.Find("input#ed-Article-Founded");
        Assert.Equal("date", input.GetAttribute("type"));
        Assert.Equal("Article.Founded.Value", input.GetAttribute("name"));
        Assert.Equal("2002-12-01", input.GetAttribute("value"));
        Assert.Equal("Founded (required)", LabelOf(cut, "ed-Article-Founded"));
        Assert.Equal("The day of registration.", cut.Find("#ed-Article-Founded-hint").TextContent);
    }

    [Fact]
    public void Render_WithAnError_DescribesIt()
    {
        var cut = RenderAs<DateFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, new ContentItemBuilder(Type).Build(), "Founded", "Founded is required.")));

        Assert.Null(cut.Find("input").GetAttribute("value"));
        AssertDescribedError(cut, "input#ed-Article-Founded", "Founded is required.");
    }

    [Fact]
    public void Render_HostileMessage_IsEncoded()
    {
        var cut = RenderAs<DateFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, new ContentItemBuilder(Type).Build(), "Founded", Hostile)));

        AssertEncoded(cut);
    }
}
