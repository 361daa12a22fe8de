using AngleSharp.Html.Parser;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Recipes.Services;
using BananPark.Cms.Testing;
using BananPark.Cms.Testing.Media;
using BananPark.Cms.Theming.Services;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Theming.Tests;

/// <summary>The theme shows the pictures editors add (the recipe's Media fields stay empty until they do).</summary>
public sealed class ThemePicturesTests : IAsyncLifetime
{
    private readonly InMemoryMedia _media = new();
    private TestTenant _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await TestTenant.CreateAsync(services => services.AddSingleton<IMediaAssets>(_media).AddSingleton<IMediaUrls>(_media));
        await _site.ImportAsync(await RecipeReader.ReadFileAsync(RepositoryPaths.BananRecipe));
        _media.AddImage("park/hero.jpg", 4000, 3000, new Dictionary<string, string> { [""] = "The park seen from the river" });
        _media.AddImage("park/gate.jpg", 1200, 800);
        _media.AddImage("park/hall.jpg", 1200, 900);
        _media.AddImage("logos/chang-an-suzuki.png", 600, 200);
    }

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task RecipeTypes_HaveTheirMediaFieldsEmpty()
    {
        var park = await _site.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetHomepageAsync());
        var html = await RenderAsync(park!, "Detail");

        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("img"));
    }

    [Fact]
    public async Task ParkPage_ShowsTheHeroEagerlyAndTheGalleryLazilyWithTheirSizes()
    {
        await EditHomeAsync(item =>
        {
            item.SetField("Park", "HeroImage", new MediaField { Paths = ["park/hero.jpg"], MediaTexts = [""] });
            item.SetField("Park", "Gallery", new MediaField { Paths = ["park/gate.jpg", "park/missing.jpg", "park/hall.jpg"], MediaTexts = ["The main gate", "", "The exhibition hall"] });
        });
        var park = await _site.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetHomepageAsync());

        var document = new HtmlParser().ParseDocument(await RenderAsync(park!, "Detail"));

        var hero = document.QuerySelector(".hero-picture img")!;
        Assert.Equal(("1600", "600", "high", null), (hero.GetAttribute("width"), hero.GetAttribute("height"), hero.GetAttribute("fetchpriority"), hero.GetAttribute("loading")));
        Assert.Equal("The park seen from the river", hero.GetAttribute("alt"));
        Assert.Equal("100vw", hero.GetAttribute("sizes"));
        var gallery = document.QuerySelectorAll(".gallery img");
        Assert.Equal(["The main gate", "The exhibition hall"], gallery.Select(i => i.GetAttribute("alt")));
        Assert.All(gallery, i => Assert.Equal(("600", "400", "lazy"), (i.GetAttribute("width"), i.GetAttribute("height"), i.GetAttribute("loading"))));
        Assert.Equal(2, document.QuerySelectorAll(".gallery li").Length);
        Assert.All(document.QuerySelectorAll("img"), i => Assert.False(string.IsNullOrEmpty(i.GetAttribute("width"))));
    }

    [Fact]
    public async Task EnterprisePageAndCard_ShowTheLogo()
    {
        var enterprise = await _site.RunAsync<IContentManager, ContentItem?>(m => m.GetByRouteAsync("enterprises/chang-an-suzuki"));
        enterprise!.SetField("Enterprise", "Logo", new MediaField { Paths = ["logos/chang-an-suzuki.png"], MediaTexts = [""] });
        await _site.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(enterprise!, publish: true));
        var published = await _site.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetByRouteAsync("enterprises/chang-an-suzuki"));

        var page = new HtmlParser().ParseDocument(await RenderAsync(published!, "Detail"));
        var card = new HtmlParser().ParseDocument(await RenderAsync(published!, "Summary"));

        var logo = page.QuerySelector(".page-logo img")!;
        Assert.Equal(("240", "80"), (logo.GetAttribute("width"), logo.GetAttribute("height")));
        Assert.Equal(published!.DisplayText, logo.GetAttribute("alt"));
        Assert.Empty(page.QuerySelectorAll(".facts img"));
        var cardLogo = card.QuerySelector("img.card-logo")!;
        Assert.Equal(("160", "53", ""), (cardLogo.GetAttribute("width"), cardLogo.GetAttribute("height"), cardLogo.GetAttribute("alt")));
        Assert.Equal("lazy", cardLogo.GetAttribute("loading"));
    }

    [Fact]
    public async Task ParkPreviewImage_IsItsLargestPicture_NotTheQrCodeListedFirst()
    {
        _media.AddImage("park/wechat-qr.png", 430, 430);
        await EditHomeAsync(item =>
        {
            item.SetField("Park", "WechatQrCode", new MediaField { Paths = ["park/wechat-qr.png"], MediaTexts = [""] });
            item.SetField("Park", "HeroImage", new MediaField { Paths = ["park/hero.jpg"], MediaTexts = [""] });
        });

        var html = await _site.RunScopeAsync(async services =>
        {
            var park = (await services.GetRequiredService<IPublishedContent>().GetHomepageAsync())!;
            return await services.GetRequiredService<ContentRenderer>().RenderPageAsync(new PageInfo(park.DisplayText ?? "", "/") { Item = park }, "");
        });

        var image = new HtmlParser().ParseDocument(html).QuerySelector("meta[property='og:image']")?.GetAttribute("content");
        Assert.NotNull(image);
        Assert.Contains("park/hero.jpg", image, StringComparison.Ordinal);
        Assert.Equal("The park seen from the river", new HtmlParser().ParseDocument(html).QuerySelector("meta[property='og:image:alt']")?.GetAttribute("content"));
    }

    private async Task EditHomeAsync(Action<ContentItem> change)
    {
        var home = await _site.RunAsync<IPublishedContent, ContentItemSnapshot?>(p => p.GetHomepageAsync());
        var item = await _site.RunAsync<IContentManager, ContentItem?>(m => m.GetAsync(home!.ContentItemId, VersionOptions.Latest));
        change(item!);
        await _site.RunAsync<IContentManager, ContentItem>(m => m.SaveAsync(item!, publish: true));
    }

    private Task<string> RenderAsync(ContentItemSnapshot item, string displayType)
        => _site.RunScopeAsync(services => services.GetRequiredService<ContentRenderer>().RenderItemAsync(item, displayType));
}
