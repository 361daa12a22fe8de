using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.Media;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using BananPark.Cms.Testing.Media;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class MediaFieldEditorTests : EditorTest
{
    private readonly InMemoryMedia _media = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<IMediaAssets>(_media);
        services.AddSingleton<IMediaUrls>(_media);
    }

    [Fact]
    public void Render_StoredFiles_ShowsThumbnailsTextsAndPositionsInOrder()
    {
        var hero = _media.AddImage("park/hero.jpg", 1600, 1200);
        _media.AddImage("park/gate.png", 600, 900);
        var (definition, item) = Gallery(new MediaField { Paths = ["park/hero.jpg", "park/gate.png"], MediaTexts = ["The park", "The gate"] });

        var cut = Render(definition, item);

        Assert.Equal("Gallery", cut.Find("fieldset > legend").TextContent);
        Assert.Equal(["park/hero.jpg", "park/gate.png"], Values(cut, "input[type=hidden][name='Article.Gallery.Paths']"));
        Assert.Equal(["The park", "The gate"], Values(cut, "input[type=text][name='Article.Gallery.MediaTexts']"));
        Assert.Equal(["1", "2"], Values(cut, "input[name='Article.Gallery.Position']"));
        var thumbnails = cut.FindAll("img.media-thumb");
        Assert.Equal(2, thumbnails.Count);
        Assert.Equal(_media.Resized(hero, new MediaResize { Width = 160, Height = 160 }), thumbnails[0].GetAttribute("src"));
        Assert.Equal(("160", "120"), (thumbnails[0].GetAttribute("width"), thumbnails[0].GetAttribute("height")));
        Assert.Equal(("107", "160"), (thumbnails[1].GetAttribute("width"), thumbnails[1].GetAttribute("height")));
        Assert.DoesNotContain("token=", thumbnails[0].GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("Alternative text", LabelOf(cut, "ed-Article-Gallery-0-text"));
        Assert.Equal(["park/hero.jpg", "park/gate.png"], Values(cut, "input[type=checkbox][name='Article.Gallery.Remove']"));
        Assert.Equal("1", cut.Find("input[type=hidden][name='Article.Gallery.Editor']").GetAttribute("value"));
        Assert.True(cut.Find(".media-field-empty").HasAttribute("hidden"));
    }

    [Fact]
    public void Render_AddBox_IsAPickerSearchThatShowsTheFormAgainWithoutSaving()
    {
        var (definition, item) = Gallery(new MediaField());

        var cut = Render(definition, item);

        Assert.False(cut.Find(".media-field-empty").HasAttribute("hidden"));
        Assert.Equal("Add a file by its library path", LabelOf(cut, "ed-Article-Gallery-add"));
        Assert.Equal("Article.Gallery.Add", cut.Find("#ed-Article-Gallery-add").GetAttribute("name"));
        var add = cut.Find("button[name=picker-search]");
        Assert.Equal("Article.Gallery", add.GetAttribute("value"));
        Assert.True(add.HasAttribute("formnovalidate"));
        Assert.True(cut.Find("[data-media-actions]").HasAttribute("hidden"));
        Assert.Equal("true", cut.Find("[data-media-field]").GetAttribute("data-multiple"));
    }

    [Fact]
    public void Render_PathNotInTheLibrary_SaysSoWithoutAnImage()
    {
        var (definition, item) = Gallery(new MediaField { Paths = ["gone/old.jpg"], MediaTexts = [""] });

        var cut = Render(definition, item);

        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("not in the library", cut.Find(".media-field-item .badge").TextContent);
        Assert.Equal(["gone/old.jpg"], Values(cut, "input[type=hidden][name='Article.Gallery.Paths']"));
    }

    [Fact]
    public void Render_WhenAltTextIsRequired_MarksEachTextInputRequired()
    {
        _media.AddImage("logos/a.png", 300, 100);
        var (definition, item) = Gallery(new MediaField { Paths = ["logos/a.png"], MediaTexts = [""] }, new JsonObject { ["AltTextRequired"] = true, ["Multiple"] = false });

        var cut = Render(definition, item, "Gallery: write an alternative text for logos/a.png.");

        var text = cut.Find("#ed-Article-Gallery-0-text");
        Assert.Equal("true", text.GetAttribute("aria-required"));
        Assert.Contains("(required)", LabelOf(cut, "ed-Article-Gallery-0-text"), StringComparison.Ordinal);
        AssertDescribedError(cut, "#ed-Article-Gallery-0-text", "write an alternative text for logos/a.png");
        Assert.Equal("Replace the file by its library path", LabelOf(cut, "ed-Article-Gallery-add"));
    }

    [Fact]
    public void Render_WhenTextsAreNotAllowed_KeepsTheStoredTextHidden()
    {
        _media.AddImage("logos/a.png", 300, 100);
        var (definition, item) = Gallery(new MediaField { Paths = ["logos/a.png"], MediaTexts = ["kept"] }, new JsonObject { ["AllowMediaText"] = false });

        var cut = Render(definition, item);

        Assert.Empty(cut.FindAll("input[type=text][name='Article.Gallery.MediaTexts']"));
        Assert.Equal(["kept"], Values(cut, "input[type=hidden][name='Article.Gallery.MediaTexts']"));
    }

    [Fact]
    public void Render_StoredAnchor_IsPostedBackAsXY()
    {
        _media.AddImage("park/hero.jpg", 1600, 1200);
        var (definition, item) = Gallery(new MediaField { Paths = ["park/hero.jpg"], MediaTexts = [""] });
        item.Content[Type]!["Gallery"]!["Anchors"] = new JsonArray(new JsonObject { ["X"] = 0.25, ["Y"] = 0.75 });

        var cut = Render(definition, item);

        Assert.Equal(["0.25,0.75"], Values(cut, "input[type=hidden][name='Article.Gallery.Anchors']"));
    }

    [Fact]
    public void Render_HostilePathAndText_AreEncoded()
    {
        var (definition, item) = Gallery(new MediaField { Paths = [Hostile], MediaTexts = [Hostile] });

        var cut = Render(definition, item);

        Assert.Equal(Hostile, cut.Find(".media-field-path code").TextContent);
        Assert.Equal([Hostile], Values(cut, "input[type=text][name='Article.Gallery.MediaTexts']"));
        AssertEncoded(cut);
    }

    private IRenderedComponent<MediaFieldEditor> Render(ContentDefinition definition, ContentItem item, string? error = null)
        => RenderAs<MediaFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(definition, item, "Gallery", error)));

    private static (ContentDefinition, ContentItem) Gallery(MediaField value, JsonObject? settings = null)
    {
        var definition = new DefinitionBuilder(Type)
            .Field("MediaField", "Gallery", "Gallery", new JsonObject { ["MediaFieldSettings"] = settings ?? new JsonObject { ["Multiple"] = true } })
            .Build();
        var item = new ContentItemBuilder(Type).With(i => i.SetField(Type, "Gallery", value)).Build();
        return (definition, item);
    }

    private static List<string?> Values<T>(IRenderedComponent<T> cut, string selector) where T : Microsoft.AspNetCore.Components.IComponent
        => cut.FindAll(selector).Select(i => i.GetAttribute("value")).ToList();
}
