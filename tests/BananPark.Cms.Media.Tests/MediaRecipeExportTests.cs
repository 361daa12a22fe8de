using System.Text.Json.Nodes;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Data;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Testing;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Media.Tests;

/// <summary>The export direction of the Media and MediaProfiles steps: exported, then imported into a fresh tenant, the library is the same.</summary>
public sealed class MediaRecipeExportTests
{
    private static readonly MediaProfile[] Profiles =
    [
        new() { Name = "card", Hint = "Enterprise cards", Width = 480, Height = 320, Mode = MediaResizeMode.Crop, Format = "webp", Quality = 80 },
        new() { Name = "hero-wide", Width = 2048, Mode = MediaResizeMode.Max },
        new() { Name = "logo_box", Width = 240, Height = 80, Mode = MediaResizeMode.Pad, BackgroundColor = "0a3d62" },
        new() { Name = "thumb", Width = 100, Height = 100, Mode = MediaResizeMode.BoxPad, Format = "png" },
        new() { Name = "tall", Height = 600, Mode = MediaResizeMode.Min, Format = "jpg", Quality = 60 },
        new() { Name = "square", Width = 50, Height = 50, Mode = MediaResizeMode.Stretch, Format = "gif" },
    ];

    [Fact]
    public async Task ExportThenImportIntoAFreshTenant_GivesTheSameFilesByHash_AndTheSameProfiles()
    {
        await using var source = await MediaTenant.CreateAsync();
        await source.UploadAcceptedAsync(TestImages.Jpeg(300, 200), "Park Gate.jpg", "park");
        await source.UploadAcceptedAsync(TestImages.JpegWithGpsAndOrientation(), "phone.jpg", "park/photos");
        await source.UploadAcceptedAsync(TestImages.Png(30, 10), "蓝月 logo.png", "logos");
        await source.UploadAcceptedAsync(TestImages.AnimatedGif(5, 16, 16), "spinner.gif");
        await source.UploadAcceptedAsync(TestImages.Pdf(), "brochure.pdf", "docs");
        await source.RunAsync<MediaProfiles>(p => p.SaveAllAsync(Profiles));

        var exported = await source.ExportAsync();
        await using var target = await MediaTenant.CreateAsync();
        await target.ImportAsync(exported);

        var expected = await FilesAsync(source);
        Assert.Equal(5, expected.Count);
        Assert.Equal(expected, await FilesAsync(target));
        Assert.Equal(expected.Select(f => f.ContentHash).Order(), target.StoredFiles().Select(Path.GetFileName).Order()!);
        var profiles = await target.RunAsync<MediaProfiles, IReadOnlyDictionary<string, MediaProfile>>(p => p.AllAsync());
        Assert.Equal(Profiles.OrderBy(p => p.Name, StringComparer.Ordinal), profiles.Values.OrderBy(p => p.Name, StringComparer.Ordinal));
        Assert.Equal(Steps(exported), Steps(await target.ExportAsync()));
    }

    [Fact]
    public async Task Export_OfAnEmptyLibrary_WritesNeitherStep()
    {
        await using var tenant = await MediaTenant.CreateAsync();

        var steps = (JsonNode.Parse(await tenant.ExportAsync())!["steps"] as JsonArray)!.Select(s => s!["name"]!.GetValue<string>());

        Assert.DoesNotContain("Media", steps);
        Assert.DoesNotContain("MediaProfiles", steps);
    }

    private static Task<List<(string Path, string ContentHash, string MimeType, int? Width, int? Height, long Length)>> FilesAsync(TestTenant tenant)
        => tenant.RunAsync<MediaDbContext, List<(string, string, string, int?, int?, long)>>(async db =>
            (await db.Assets.AsNoTracking().OrderBy(a => a.Path).ToListAsync()).Select(a => (a.Path, a.ContentHash, a.MimeType, a.Width, a.Height, a.Length)).ToList());

    // The two steps of an export as text, to compare one tenant's export with another's.
    private static string Steps(string export)
        => new JsonArray([.. (JsonNode.Parse(export)!["steps"] as JsonArray)!
            .Where(s => s!["name"]!.GetValue<string>() is "Media" or "MediaProfiles")
            .Select(s => s!.DeepClone())]).ToJsonString();
}
