using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Media;
using BananPark.Cms.Admin.Services.Editing;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class MediaFieldBinderTests
{
    private const string Type = "Article";

    [Fact]
    public void Bind_PostedFiles_StoresOrchardsShapeInTheChosenOrder()
    {
        var item = new ContentItemBuilder(Type).Build();

        Assert.Null(Bind(item, multiple: true, Editor(),
            ("Article.Gallery.Paths", "park/a.jpg"), ("Article.Gallery.MediaTexts", " First "), ("Article.Gallery.Anchors", ""), ("Article.Gallery.Position", "2"),
            ("Article.Gallery.Paths", "park/b.jpg"), ("Article.Gallery.MediaTexts", "Second"), ("Article.Gallery.Anchors", "0.25,0.8"), ("Article.Gallery.Position", "1")));

        Assert.Equal("""{"Paths":["park/b.jpg","park/a.jpg"],"MediaTexts":["Second","First"],"Anchors":[{"X":0.25,"Y":0.8},null]}""", item.Content[Type]!["Gallery"]!.ToJsonString());
        Assert.Equal(["park/b.jpg", "park/a.jpg"], item.GetField<MediaField>(Type, "Gallery")!.Paths);
    }

    [Fact]
    public void Bind_RemoveAndAdd_DropTheTickedAndAppendTypedPathsAndLibraryUrls()
    {
        var item = new ContentItemBuilder(Type).Build();

        Assert.Null(Bind(item, multiple: true, Editor(),
            ("Article.Gallery.Paths", "park/a.jpg"), ("Article.Gallery.MediaTexts", "A"), ("Article.Gallery.Anchors", ""), ("Article.Gallery.Position", "1"),
            ("Article.Gallery.Paths", "park/b.jpg"), ("Article.Gallery.MediaTexts", "B"), ("Article.Gallery.Anchors", ""), ("Article.Gallery.Position", "2"),
            ("Article.Gallery.Remove", "park/a.jpg"), ("Article.Gallery.Add", " /media/park/%E5%85%AC%E5%9B%AD.jpg?width=160 "), ("Article.Gallery.Add", "park/b.jpg")));

        var gallery = item.GetField<MediaField>(Type, "Gallery")!;
        Assert.Equal(["park/b.jpg", "park/公园.jpg"], gallery.Paths);
        Assert.Equal(["B", ""], gallery.MediaTexts);
        Assert.Empty(item.Content[Type]!["Gallery"]!["Anchors"]!.AsArray());
    }

    [Fact]
    public void Bind_SingleFileField_KeepsTheNewestPick()
    {
        var item = new ContentItemBuilder(Type).Build();

        Assert.Null(Bind(item, multiple: false, Editor(),
            ("Article.Gallery.Paths", "logos/old.png"), ("Article.Gallery.MediaTexts", "Old"), ("Article.Gallery.Anchors", ""), ("Article.Gallery.Position", "1"),
            ("Article.Gallery.Add", "logos/new.png")));

        Assert.Equal(["logos/new.png"], item.GetField<MediaField>(Type, "Gallery")!.Paths);
    }

    [Theory]
    [InlineData("Article.Gallery.Paths", "../../appsettings.json")]
    [InlineData("Article.Gallery.Paths", "park/\0a.jpg")]
    [InlineData("Article.Gallery.Add", "C:\\Windows\\win.ini")]
    [InlineData("Article.Gallery.Add", "https://evil.example/x.jpg")]
    public void Bind_PathOutsideTheLibrary_IsRefusedAndTheOldValueKept(string input, string value)
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Gallery", new MediaField { Paths = ["park/a.jpg"], MediaTexts = ["A"] })).Build();
        var before = item.Content.ToJsonString();

        var message = Bind(item, multiple: true, Editor(), (input, value));

        Assert.StartsWith("Gallery: ", message, StringComparison.Ordinal);
        Assert.Contains("not a path inside the media library", message, StringComparison.Ordinal);
        Assert.Equal(before, item.Content.ToJsonString());
    }

    [Fact]
    public void Bind_WithoutTheEditorMarker_KeepsWhatIsStored()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Gallery", new MediaField { Paths = ["park/a.jpg"], MediaTexts = ["A"] })).Build();
        var before = item.Content.ToJsonString();

        Assert.Null(Bind(item, multiple: true, ("Article.Gallery.Paths", "evil.png")));

        Assert.Equal(before, item.Content.ToJsonString());
    }

    [Fact]
    public void Bind_MarkerAlone_ClearsTheField()
    {
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Gallery", new MediaField { Paths = ["park/a.jpg"], MediaTexts = ["A"] })).Build();

        Assert.Null(Bind(item, multiple: true, Editor()));

        Assert.Empty(item.GetField<MediaField>(Type, "Gallery")!.Paths);
    }

    private static (string, string) Editor() => ("Article.Gallery.Editor", "1");

    private static string? Bind(ContentItem item, bool multiple, params (string Name, string Value)[] values)
    {
        var definition = new DefinitionBuilder(Type).Field("MediaField", "Gallery", "Gallery", new JsonObject { ["MediaFieldSettings"] = new JsonObject { ["Multiple"] = multiple } }).Build();
        var field = definition.FindPart(Type)!.Fields[0];
        return new MediaFieldBinder().Bind(new FormSlot(item, Form(values), Type, "Gallery", "Gallery"), field);
    }

    private static FormCollection Form(params (string Name, string Value)[] values)
        => new(values.GroupBy(v => v.Name).ToDictionary(g => g.Key, g => new StringValues(g.Select(v => v.Value).ToArray())));
}
