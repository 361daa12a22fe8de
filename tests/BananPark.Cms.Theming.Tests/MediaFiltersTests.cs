using System.Text.Json;
using AngleSharp.Html.Parser;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Testing;
using BananPark.Cms.Testing.Media;
using BananPark.Cms.Theming.Liquid;
using BananPark.Cms.Theming.Services;
using Fluid;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Tests;

/// <summary><c>media_url</c>, <c>resize_url</c> and <c>img_tag</c> over the library's read side (in memory), rendered by the site's Liquid options.</summary>
public sealed class MediaFiltersTests : IAsyncLifetime
{
    private static readonly FluidParser Parser = new();
    private readonly InMemoryMedia _media = new();
    private TestTenant _site = null!;
    private MediaAsset _hero = null!;

    /// <summary>The version the hero's URLs carry.</summary>
    private string V => "v=" + InMemoryMedia.Version(_hero);

    public async ValueTask InitializeAsync()
    {
        _site = await TestTenant.CreateAsync(services => services.AddSingleton<IMediaAssets>(_media).AddSingleton<IMediaUrls>(_media));
        _hero = _media.AddImage("park/hero.jpg", 2400, 1600, new Dictionary<string, string> { [""] = "The park from the river", ["zh-CN"] = "从江上看园区" });
        _media.AddImage("logos/small.png", 300, 100);
        _media.AddProfile(new MediaProfile { Name = "card", Width = 600, Height = 400, Mode = MediaResizeMode.Crop });
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task ImgTag_WithAWidth_SetsTheRenderedSizeASrcsetOfAllowedWidthsAndLoadsLazily()
    {
        var img = Img(await RenderAsync("""{{ "park/hero.jpg" | img_tag: width: 480 }}"""));

        Assert.Equal($"/media/park/hero.jpg?width=480&{V}", img.GetAttribute("src"));
        Assert.Equal(("480", "320"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal($"/media/park/hero.jpg?width=240&{V} 240w, /media/park/hero.jpg?width=480&{V} 480w, /media/park/hero.jpg?width=600&{V} 600w, /media/park/hero.jpg?width=960&token=signed&{V} 960w",
            img.GetAttribute("srcset"));
        Assert.Equal("(max-width: 480px) 100vw, 480px", img.GetAttribute("sizes"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("从江上看园区", img.GetAttribute("alt"));
    }

    [Fact]
    public async Task ImgTag_WithAProfile_NamesItInTheUrlAndOffersTheSameCropAtOtherWidths()
    {
        var img = Img(await RenderAsync("""{{ "park/hero.jpg" | img_tag: profile: "card", sizes: "50vw", class: "card-image" }}"""));

        Assert.Equal($"/media/park/hero.jpg?profile=card&{V}", img.GetAttribute("src"));
        Assert.Equal(("600", "400"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Contains($"/media/park/hero.jpg?width=1200&height=800&rmode=crop&token=signed&{V} 1200w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Contains($"/media/park/hero.jpg?profile=card&{V} 600w", img.GetAttribute("srcset"), StringComparison.Ordinal);
        Assert.Equal("50vw", img.GetAttribute("sizes"));
        Assert.Equal("card-image", img.GetAttribute("class"));
    }

    [Fact]
    public async Task ImgTag_OfAMediaField_UsesTheFieldsTextAndAnchorAndLoadsEagerlyWhenAsked()
    {
        var field = """{"Paths":["logos/small.png","park/hero.jpg"],"MediaTexts":["", "Hero <b>\"quoted\""],"Anchors":[null,{"X":0.2,"Y":0.8}]}""";

        var img = Img(await RenderAsync("""{{ field | img_tag: index: 1, width: 480, height: 480, mode: "crop", loading: "eager" }}""", field));

        Assert.Equal("Hero <b>\"quoted\"", img.GetAttribute("alt"));
        Assert.Equal($"/media/park/hero.jpg?width=480&height=480&rmode=crop&rxy=0.2,0.8&token=signed&{V}", img.GetAttribute("src"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        Assert.Null(img.GetAttribute("loading"));
    }

    [Fact]
    public async Task ImgTag_SmallerThanAskedWithAnExplicitAlt_NeverOffersWidthsPastTheOriginal()
    {
        var img = Img(await RenderAsync("""{{ "logos/small.png" | img_tag: width: 240, alt: "" }}"""));

        Assert.Equal(("240", "80"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.DoesNotContain("480w", img.GetAttribute("srcset") ?? "", StringComparison.Ordinal);
        Assert.Equal("", img.GetAttribute("alt"));
    }

    [Theory]
    [InlineData("""{{ "../../appsettings.json" | img_tag: width: 480 }}""")]
    [InlineData("""{{ "https://evil.example/x.jpg" | img_tag }}""")]
    [InlineData("""{{ "park/missing.jpg" | img_tag }}""")]
    [InlineData("""{{ "/etc/passwd" | resize_url: width: 100 }}""")]
    [InlineData("""{{ nothing | media_url }}""")]
    public async Task Filters_PathsOutsideTheLibraryOrUnknown_RenderNothing(string template)
        => Assert.Equal("", await RenderAsync(template));

    [Fact]
    public async Task ResizeUrl_AllowedSizeIsPlainAndOthersAreSigned()
    {
        // Output is HTML-encoded, as in an attribute.
        Assert.Equal("/media/park/hero.jpg?width=160&amp;height=160", await RenderAsync("""{{ "park/hero.jpg" | resize_url: width: 160, height: 160 }}"""));
        Assert.Equal("/media/park/hero.jpg?width=333&amp;token=signed", await RenderAsync("""{{ "park/hero.jpg" | resize_url: width: 333 }}"""));
        Assert.Equal("/media/park/hero.jpg?profile=card", await RenderAsync("""{{ "park/hero.jpg" | resize_url: profile: "card" }}"""));
        Assert.Equal("/media/park/%E5%85%AC%E5%9B%AD.jpg", await RenderAsync("""{{ "park/公园.jpg" | media_url }}"""));
    }

    [Theory]
    [InlineData("""{{ "park/hero.jpg" | resize_url: width: 100000 }}""", "width must be a whole number of pixels from 1 to 10000")]
    [InlineData("""{{ "park/hero.jpg" | resize_url: width: "wide" }}""", "width must be a whole number")]
    [InlineData("""{{ "park/hero.jpg" | resize_url: width: 100, mode: "zoom" }}""", "mode must be max, crop, pad, boxpad, min or stretch")]
    [InlineData("""{{ "park/hero.jpg" | resize_url: quality: 0 }}""", "quality must be from 1 to 100")]
    [InlineData("""{{ "park/hero.jpg" | resize_url: format: "svg" }}""", "format must be jpg, png, webp or gif")]
    [InlineData("""{{ "park/hero.jpg" | resize_url: width: 100, anchor: "2,0.5" }}""", "anchor must be two numbers from 0 to 1")]
    [InlineData("""{{ "park/hero.jpg" | img_tag: profile: "nope" }}""", "there is no media profile 'nope'")]
    public async Task Filters_MalformedCommands_SayWhatIsWrong(string template, string message)
    {
        var error = await Assert.ThrowsAsync<TemplateException>(() => RenderAsync(template));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_OnASiteWithoutTheMediaLibrary_RenderNothing()
    {
        await using var plain = await TestTenant.CreateAsync();

        Assert.Equal("", await RenderAsync(plain, """{{ "park/hero.jpg" | img_tag: width: 480 }}{{ "park/hero.jpg" | resize_url: width: 480 }}""", null));
    }

    private Task<string> RenderAsync(string template, string? field = null) => RenderAsync(_site, template, field);

    private static Task<string> RenderAsync(TestTenant site, string template, string? field) => site.RunScopeAsync(async services =>
    {
        var context = new TemplateContext(services.GetRequiredService<LiquidTemplateOptions>().Options);
        RenderScope.Attach(context, services.GetRequiredService<ContentRenderer>());
        context.SetValue("Site", new Dictionary<string, object?> { ["Culture"] = "zh-CN" });
        if (field is not null)
        {
            context.SetValue("field", JsonModel.ToValue(JsonDocument.Parse(field).RootElement));
        }

        Assert.True(Parser.TryParse(template, out var parsed, out var error), error);
        return await parsed.RenderAsync(context, MarkupEncoder.Instance);
    });

    private static AngleSharp.Dom.IElement Img(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal(1, document.Body!.ChildElementCount);
        return document.QuerySelector("img") ?? throw new Xunit.Sdk.XunitException("No <img> in: " + html);
    }
}
