using System.Text.Json.Nodes;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Core.Recipes;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Recipes.Services;

namespace BananPark.Cms.Media.Tests;

/// <summary>The Media and MediaProfiles steps: Orchard's shapes, all or nothing, files only from the recipe's folder.</summary>
public sealed class MediaRecipeTests
{
    [Fact]
    public async Task MediaAndProfiles_RoundTripThroughExport_IntoAFreshTenant()
    {
        await using var source = await MediaTenant.CreateAsync();
        var png = Convert.ToBase64String(TestImages.Png(30, 10));
        await source.ImportAsync(Recipe(
            "{\"name\":\"Media\",\"Files\":[{\"TargetPath\":\"park/hero.png\",\"Base64\":\"" + png + "\"}]},"
            + """{"name":"MediaProfiles","MediaProfiles":{"card":{"Hint":"Cards","Width":480,"Height":320,"Mode":2,"Format":6,"Quality":80,"BackgroundColor":""}}}"""));

        var exported = await source.ExportAsync();
        await using var target = await MediaTenant.CreateAsync();
        await target.ImportAsync(exported);

        var asset = await target.RunAsync<IMediaAssets, MediaAsset?>(a => a.GetAsync("park/hero.png"));
        var profiles = await target.RunAsync<MediaProfiles, IReadOnlyDictionary<string, MediaProfile>>(p => p.AllAsync());
        Assert.Equal((30, 10), (asset!.Width!.Value, asset.Height!.Value));
        Assert.Equal(new MediaProfile { Name = "card", Hint = "Cards", Width = 480, Height = 320, Mode = MediaResizeMode.Crop, Format = "webp", Quality = 80 }, profiles["card"]);
        Assert.Contains("\"Mode\": 2", exported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneHostileFile_FailsTheStep_AndNothingIsStored()
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var good = Convert.ToBase64String(TestImages.Png());
        var evil = Convert.ToBase64String(TestImages.Html());

        var error = await Assert.ThrowsAsync<RecipeException>(() => tenant.ImportAsync(Recipe($$"""
            {"name":"Media","Files":[{"TargetPath":"a.png","Base64":"{{good}}"},{"TargetPath":"b.jpg","Base64":"{{evil}}"}]}
            """)));

        Assert.Contains("Files[1]", error.JsonPath, StringComparison.Ordinal);
        Assert.Equal(0, await tenant.CountAssetsAsync());
        Assert.Empty(tenant.StoredFiles());
    }

    [Fact]
    public async Task DryRun_LeavesNoRowAndNoFile()
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var good = Convert.ToBase64String(TestImages.Png());

        await tenant.ImportAsync(RecipeReader.Read(Recipe($$"""{"name":"Media","Files":[{"TargetPath":"a.png","Base64":"{{good}}"}]}"""), "dry.recipe.json", null), dryRun: true);

        Assert.Equal(0, await tenant.CountAssetsAsync());
        Assert.Empty(tenant.StoredFiles());
    }

    [Theory]
    [InlineData("../secret.png", "inside")]
    [InlineData("/etc/passwd", "inside")]
    [InlineData("http://example.invalid/a.png", "URL")]
    [InlineData("missing.png", "no file")]
    public async Task SourcePath_OnlyReadsInsideTheRecipesFolder(string sourcePath, string expected)
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var folder = Path.Combine(tenant.DataPath, "recipe");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(tenant.DataPath, "secret.png"), TestImages.Png(), TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<RecipeException>(() => tenant.ImportAsync(
            Recipe($$"""{"name":"Media","Files":[{"TargetPath":"a.png","SourcePath":"{{sourcePath}}"}]}"""), "media.recipe.json", folder));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await tenant.CountAssetsAsync());
    }

    [Fact]
    public async Task SourcePath_InsideTheFolder_IsImported_AndServedAtTheTargetPath()
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var folder = Path.Combine(tenant.DataPath, "recipe");
        Directory.CreateDirectory(Path.Combine(folder, "files"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "files", "logo.png"), TestImages.Png(5, 5), TestContext.Current.CancellationToken);

        await tenant.ImportAsync(Recipe("""{"name":"Media","Files":[{"TargetPath":"logos/logo.png","SourcePath":"files/logo.png"}]}"""), "media.recipe.json", folder);

        var asset = await tenant.RunAsync<IMediaAssets, MediaAsset?>(a => a.GetAsync("logos/logo.png"));
        Assert.Equal("/media/logos/logo.png", await tenant.RunAsync<IMediaUrls, string>(u => Task.FromResult(u.Original(asset!.Path))));
    }

    [Fact]
    public async Task TargetPathThatWouldBeRenamed_IsAnErrorNamingTheStoredPath()
    {
        await using var tenant = await MediaTenant.CreateAsync();
        var png = Convert.ToBase64String(TestImages.Png());

        var error = await Assert.ThrowsAsync<RecipeException>(() => tenant.ImportAsync(Recipe($$"""{"name":"Media","Files":[{"TargetPath":"Park/Hero Image.jpg","Base64":"{{png}}"}]}""")));

        Assert.Contains("park/hero-image.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MediaProfiles_WithAnUnknownModeOrHugeSize_AreRefused()
    {
        await using var tenant = await MediaTenant.CreateAsync();

        var mode = await Assert.ThrowsAsync<RecipeException>(() => tenant.ImportAsync(Recipe("""{"name":"MediaProfiles","MediaProfiles":{"x":{"Width":100,"Mode":"explode"}}}""")));
        var huge = await Assert.ThrowsAsync<RecipeException>(() => tenant.ImportAsync(Recipe("""{"name":"MediaProfiles","MediaProfiles":{"x":{"Width":100000}}}""")));

        Assert.Contains("MediaProfiles.x", mode.JsonPath, StringComparison.Ordinal);
        Assert.Contains("pixels", huge.Message, StringComparison.Ordinal);
        Assert.Empty(await tenant.RunAsync<MediaProfiles, IReadOnlyDictionary<string, MediaProfile>>(p => p.AllAsync()));
    }

    private static string Recipe(string steps) => JsonNode.Parse("{\"name\":\"media\",\"steps\":[" + steps + "]}")!.ToJsonString();
}
