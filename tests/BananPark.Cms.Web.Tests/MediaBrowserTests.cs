using Microsoft.Playwright;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace BananPark.Cms.Web.Tests;

/// <summary>
/// End to end in Chromium: an editor drags pictures into the media library, sets a logo's alternative text and focal
/// point, picks it for an enterprise in the Logo field's library picker, publishes, and a visitor sees it.
/// </summary>
[Collection(BrowserClasses.Name)]
public sealed class MediaBrowserTests(BrowserSite site) : BrowserTest(site), IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Editor_DragsFilesInSetsAltAndFocalPicksTheLogo_AndThePublicPageShowsIt()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var logo = $"logo-{run}.png";
        var photo = $"photo-{run}.png";
        var admin = await NewAdminPageAsync();
        await admin.GotoAsync("/admin/media");
        await BrowserSteps.ExpectHeadingAsync(admin, "Media");

        // Dropping files is what a drag from the desktop ends with: a drop event whose DataTransfer carries them.
        await admin.EvaluateAsync("""
            ([files]) => {
              const transfer = new DataTransfer();
              for (const f of files) {
                const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], f.name, { type: 'image/png' }));
              }
              const zone = document.querySelector('[data-media-dropzone]');
              for (const type of ['dragenter', 'dragover', 'drop']) {
                zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
              }
            }
            """, new object[] { new[] { new { name = logo, base64 = Png(600, 200) }, new { name = photo, base64 = Png(1200, 800) } } });

        // Each file reports on its own; once all are in, the page shows them.
        await BrowserSteps.Expect(admin.GetByRole(AriaRole.Link, new() { Name = logo, Exact = true }));
        await BrowserSteps.Expect(admin.Locator(".media-card-name", new() { HasText = photo }));

        await admin.GotoAsync($"/admin/media/item/{logo}");
        await BrowserSteps.ExpectHeadingAsync(admin, logo);
        await admin.GetByLabel("Default", new() { Exact = true }).FillAsync("Boshun's blue logo");
        var picture = admin.Locator(".media-focal img");
        var box = await picture.BoundingBoxAsync() ?? throw new InvalidOperationException("The preview has no box.");
        await picture.ClickAsync(new() { Position = new() { X = box.Width * 0.25f, Y = box.Height * 0.5f } });
        Assert.Equal("0.25", await admin.GetByLabel("Across").InputValueAsync());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await BrowserSteps.Expect(admin.GetByText("Saved."));
        Assert.Equal("0.25", await admin.GetByLabel("Across").InputValueAsync());

        await admin.GotoAsync("/admin/content");
        await BrowserSteps.ExpectHeadingAsync(admin, "Content");
        await admin.GetByLabel("Search").FillAsync("Boshun");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "Boshun", Exact = true }).ClickAsync();
        await BrowserSteps.ExpectHeadingAsync(admin, "Edit Boshun");
        await admin.Locator("[data-media-field='Enterprise.Logo'] [data-media-pick]").ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog, new() { Name = "Choose from the media library" });
        await dialog.GetByLabel("Search").FillAsync(run);
        await dialog.GetByRole(AriaRole.Button, new() { Name = logo }).ClickAsync();
        await BrowserSteps.Expect(admin.Locator("[data-media-field='Enterprise.Logo'] .media-field-item code", new() { HasText = logo }));
        Assert.Equal([logo], await admin.Locator("input[name='Enterprise.Logo.Paths']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await BrowserSteps.Expect(admin.GetByText("Published. The public site shows it now."));

        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/enterprises/boshun");
        var shown = visitor.GetByRole(AriaRole.Img, new() { Name = "Boshun's blue logo" });
        await BrowserSteps.Expect(shown);
        Assert.Equal(("240", "80"), (await shown.GetAttributeAsync("width"), await shown.GetAttributeAsync("height")));
        // The render the page asks for is served: the browser decodes a picture of the logo's shape.
        await visitor.WaitForFunctionAsync("() => { const i = document.querySelector('img.enterprise-logo'); return i && i.complete && i.naturalWidth > 0; }", null, new() { Timeout = BrowserSteps.StepTimeout });
        Assert.Equal(3, await shown.EvaluateAsync<int>("img => Math.round(img.naturalWidth / img.naturalHeight)"));
    }

    private static string Png(int width, int height)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(20, 80, 160));
        using var png = new MemoryStream();
        image.SaveAsPng(png);
        return Convert.ToBase64String(png.ToArray());
    }
}
