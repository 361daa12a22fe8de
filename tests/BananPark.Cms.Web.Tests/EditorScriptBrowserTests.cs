using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Components.Editors;
using BananPark.Cms.Admin.Fields;
using BananPark.Cms.Admin.Parts;
using BananPark.Cms.Admin.Services;
using BananPark.Cms.Content;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Fields;
using BananPark.Cms.Core.ContentManagement.Parts;
using BananPark.Cms.Testing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// admin.js in Chromium, on the site's own origin under its Content-Security-Policy: the page holds
/// the real editors' HTML (rendered by the framework) and loads the script the site serves.
/// </summary>
[Collection(BrowserClasses.Name)]
public sealed class EditorScriptBrowserTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Editors_WithTheScript_CountToolbarPreviewAndPostTheEditedHtml()
    {
        // A context of its own, not the shared admin one: this test needs the site's CSP enforced.
        var page = await NewPageAsync();
        var problems = new List<string>();
        // Any script error or CSP refusal fails the test; the browser's own favicon request (the site has none) does not.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        await page.GotoAsync("/admin");
        await BrowserSteps.SignInAsync(page, "admin", Forms.AdminPassword);
        await BrowserSteps.ExpectHeadingAsync(page, "Dashboard");
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();

        var harness = new Uri(Site.BaseAddress, "/editor-harness").ToString();
        var posted = new TaskCompletionSource<string>();
        await page.RouteAsync(harness, async route =>
        {
            if (route.Request.Method == "POST")
            {
                posted.TrySetResult(route.Request.PostData ?? "");
                await route.FulfillAsync(new() { Body = "saved", ContentType = "text/plain" });
                return;
            }

            await route.FulfillAsync(new()
            {
                Body = await HarnessAsync(token),
                ContentType = "text/html; charset=utf-8",
                Headers = new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'" },
            });
        });
        await page.GotoAsync("/editor-harness");

        var title = page.GetByLabel("Title");
        await title.FillAsync("重庆巴南");
        Assert.Equal("4 characters", await page.Locator("#ed-TitlePart-count").TextContentAsync());

        var toolbar = page.GetByRole(AriaRole.Toolbar);
        Assert.Equal(
            ["Bold", "Italic", "Heading 2", "Heading 3", "Bulleted list", "Numbered list", "Link", "Remove link", "Undo", "Redo", "HTML source"],
            await toolbar.GetByRole(AriaRole.Button).AllTextContentsAsync());
        Assert.True(await page.Locator("textarea[data-editor=html]").IsHiddenAsync());
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body" });
        Assert.Equal("Old body", await body.TextContentAsync());
        await body.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" 巴南");
        Assert.Equal("11 characters of max 200,000", await page.Locator("#ed-HtmlBodyPart-count").TextContentAsync());

        await toolbar.GetByRole(AriaRole.Button, new() { Name = "HTML source" }).ClickAsync();
        Assert.Equal("true", await toolbar.GetByRole(AriaRole.Button, new() { Name = "HTML source" }).GetAttributeAsync("aria-pressed"));
        var source = await page.Locator("textarea[data-editor=html]").InputValueAsync();
        Assert.Contains("<b>Old body 巴南</b>", source, StringComparison.Ordinal);

        await page.GetByLabel("Notes").FillAsync("## Hello 巴南");
        await page.GetByText("Preview").ClickAsync();
        await page.Locator("#ed-Article-Notes-preview h2").WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal("Hello 巴南", await page.Locator("#ed-Article-Notes-preview h2").TextContentAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var form = System.Web.HttpUtility.ParseQueryString(await posted.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken));
        Assert.Equal("重庆巴南", form["TitlePart.Title"]);
        Assert.Contains("<b>Old body 巴南</b>", form["HtmlBodyPart.Html"], StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>A page with the editors of a small type, as the framework renders them, inside a form like the content pages'.</summary>
    private static async Task<string> HarnessAsync(string token)
    {
        var definition = new DefinitionBuilder("Article")
            .Part("TitlePart")
            .Part("HtmlBodyPart")
            .Field("MarkdownField", "Notes", "Notes")
            .Part("AutoroutePart", DefinitionBuilder.Settings(("AutoroutePartSettings", new JsonObject { ["AllowCustomPath"] = true })))
            .Build();
        var item = new ContentItemBuilder("Article").With(i =>
        {
            i.Apply(new HtmlBodyPart { Html = "<p>Old body</p>" });
            i.SetField("Article", "Notes", new MarkdownField { Markdown = "" });
        }).Build();

        // The editors find their kinds' components, binders and the sanitizer as the site registers them.
        await using var services = new ServiceCollection().AddLogging().AddCmsContent().AddCmsFieldEditors().AddCmsPartEditors()
            .AddSingleton<BananPark.Cms.Core.Tenancy.IPublicUrls>(new NoPublicUrl()).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var editor = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<ItemEditor>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(ItemEditor.Item)] = item,
            [nameof(ItemEditor.Type)] = definition.FindType("Article"),
            [nameof(ItemEditor.Definition)] = definition,
        }))).ToHtmlString());
        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Editors</title>
            <link rel="stylesheet" href="{AdminAssets.StylesheetUrl}"><script src="{AdminAssets.ScriptUrl}" defer></script></head>
            <body><main><form method="post" action="/editor-harness" novalidate>
            <input type="hidden" name="__RequestVerificationToken" value="{System.Net.WebUtility.HtmlEncode(token)}">
            {editor}
            <button type="submit">Save</button>
            </form></main></body></html>
            """;
    }

    /// <summary>No request and no Cms:PublicUrl: the address preview starts at "/".</summary>
    private sealed class NoPublicUrl : BananPark.Cms.Core.Tenancy.IPublicUrls
    {
        public string? Base => null;

        public string Absolute(string path) => "/" + path.TrimStart('/');
    }
}
