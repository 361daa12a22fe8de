using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Parts.Autoroute;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Testing;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class AutoroutePartEditorTests : EditorTest
{
    [Fact]
    public void Render_CustomPathAllowed_ShowsTheBoxAndTheFullAddress()
    {
        var (definition, item) = Setup(allowCustom: true, homepage: false, "groups/jieshi");

        var cut = Render(definition, item, error: "'groups/jieshi' is already used by Jieshi Group.");

        var input = cut.Find("input#ed-AutoroutePart");
        Assert.Equal("AutoroutePart.Path", input.GetAttribute("name"));
        Assert.Equal("groups/jieshi", input.GetAttribute("value"));
        Assert.Equal("URL path", LabelOf(cut, "ed-AutoroutePart"));
        Assert.Equal("https://banan.example/groups/jieshi", cut.Find("[data-slug-preview-for='ed-AutoroutePart']").TextContent);
        Assert.Contains("groups/{{ ContentItem.DisplayText | slugify }}", cut.Find("#ed-AutoroutePart-note code").TextContent, StringComparison.Ordinal);
        AssertDescribedError(cut, "input#ed-AutoroutePart", "is already used");
        Assert.Empty(cut.FindAll("input[type=checkbox]"));
    }

    [Fact]
    public void Render_CustomPathNotAllowed_ShowsThePathReadOnlyWithANote()
    {
        var (definition, item) = Setup(allowCustom: false, homepage: false, "groups/jieshi");

        var cut = Render(definition, item);

        var input = cut.Find("input#ed-AutoroutePart");
        Assert.True(input.HasAttribute("readonly"));
        Assert.Null(input.GetAttribute("name"));
        Assert.StartsWith("Made from the pattern", cut.Find("#ed-AutoroutePart-note").TextContent, StringComparison.Ordinal);
        Assert.Contains("ed-AutoroutePart-note", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HomepageOptionAllowed_OffersTheCheckboxAfterAHiddenFalse()
    {
        var (definition, item) = Setup(allowCustom: true, homepage: true, "");
        item.Content["AutoroutePart"]!["SetHomepage"] = true;

        var cut = Render(definition, item);

        Assert.Equal("false", cut.Find("input[type=hidden][name='AutoroutePart.SetHomepage']").GetAttribute("value"));
        var box = cut.Find("input[type=checkbox][name='AutoroutePart.SetHomepage']");
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("Set as home page", cut.Find($"label[for='{box.Id}']").TextContent.Trim());
    }

    [Fact]
    public void Render_HostilePath_IsEncoded()
    {
        var (definition, item) = Setup(allowCustom: true, homepage: false, Hostile);

        var cut = Render(definition, item);

        Assert.Equal(Hostile, cut.Find("input").GetAttribute("value"));
        AssertEncoded(cut);
    }

    private IRenderedComponent<AutoroutePartEditor> Render(ContentDefinition definition, ContentItem item, string? error = null)
    {
        var http = new DefaultHttpContext { User = Administrator, RequestServices = Scope };
        http.Request.Scheme = "https";
        http.Request.Host = new HostString("banan.example");
        // The address comes from IPublicUrls, which reads the request as the host's accessor sees it.
        Scope.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        return Render<AutoroutePartEditor>(p => p
            .AddCascadingValue<HttpContext>(http)
            .Add(e => e.Context, PartContext(definition, item, "AutoroutePart", "URL path", error, errorPath: "AutoroutePart.Path")));
    }

    private static (ContentDefinition, ContentItem) Setup(bool allowCustom, bool homepage, string path)
    {
        var definition = new DefinitionBuilder(Type).Part("AutoroutePart", DefinitionBuilder.Settings(("AutoroutePartSettings", new JsonObject
        {
            ["Pattern"] = "groups/{{ ContentItem.DisplayText | slugify }}",
            ["AllowCustomPath"] = allowCustom,
            ["ShowHomepageOption"] = homepage,
        }))).Build();
        return (definition, new ContentItemBuilder(Type).WithRoute(path).Build());
    }
}
