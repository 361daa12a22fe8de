using BananPark.Cms.Media.Services;
using BananPark.Cms.Media.Storage;
using BananPark.Cms.Testing;
using SixLabors.ImageSharp;

namespace BananPark.Cms.Media.Tests;

/// <summary>What an upload may be and what a refused one leaves behind (nothing), on every provider.</summary>
public abstract class UploadFacts
{
    protected abstract TestStore Store { get; }

    [Fact]
    public async Task Jpeg_IsStoredAsARowAndOneFileNamedByItsHash()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var asset = await tenant.UploadAcceptedAsync(TestImages.Jpeg(), "Park Gate.JPEG", "park");

        Assert.Equal(("park/park-gate.jpg", "park", "image/jpeg", 64, 32), (asset.Path, asset.Folder, asset.MimeType, asset.Width!.Value, asset.Height!.Value));
        var file = Assert.Single(tenant.StoredFiles());
        Assert.Equal(asset.ContentHash, Path.GetFileName(file));
        Assert.Equal(asset.ContentHash, ContentHashes.Of(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task JpegWithGps_LosesItsExifAndIsTurnedUpright()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var asset = await tenant.UploadAcceptedAsync(TestImages.JpegWithGpsAndOrientation(), "phone.jpg");

        Assert.Equal((32, 64), (asset.Width!.Value, asset.Height!.Value));
        var stored = await File.ReadAllBytesAsync(Assert.Single(tenant.StoredFiles()), TestContext.Current.CancellationToken);
        var info = Image.Identify(stored);
        Assert.Equal((32, 64), (info.Width, info.Height));
        Assert.Null(info.Metadata.ExifProfile);
    }

    [Fact]
    public async Task PngClaiming50000By50000_IsRefusedFromItsHeader_AndNothingIsStored()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var result = await tenant.UploadAsync(TestImages.PngClaiming(50_000, 50_000), "bomb.png");

        Assert.Equal(MediaRefusalCode.TooManyPixels, result.Refusal?.Code);
        Assert.Contains("50000 × 50000", result.Refusal!.Message, StringComparison.Ordinal);
        Assert.Null(result.Asset);
        Assert.Equal(0, await tenant.CountAssetsAsync());
        Assert.Empty(tenant.StoredFiles());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("script")]
    public async Task HtmlOrScriptNamedJpg_IsRefused_AndNothingIsStored(string kind)
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var result = await tenant.UploadAsync(kind == "html" ? TestImages.Html() : TestImages.Script(), "photo.jpg");

        Assert.Equal(MediaRefusalCode.UnsupportedKind, result.Refusal?.Code);
        Assert.Equal(0, await tenant.CountAssetsAsync());
        Assert.Empty(tenant.StoredFiles());
    }

    [Fact]
    public async Task SvgWithScript_IsRefusedAsSvg()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var result = await tenant.UploadAsync(TestImages.SvgWithScript(), "logo.png");

        Assert.Equal(MediaRefusalCode.Svg, result.Refusal?.Code);
        Assert.Equal(0, await tenant.CountAssetsAsync());
    }

    [Theory]
    [InlineData("../../appsettings.json")]
    [InlineData("..\\..\\web.jpg")]
    [InlineData("photo\0.jpg")]
    [InlineData("photo\u0007bell.jpg")]
    [InlineData("new\nline.jpg")]
    [InlineData("...")]
    public async Task HostileFileName_IsRefused_AndNothingIsWrittenAnywhere(string name)
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var result = await tenant.UploadAsync(TestImages.Png(), name);

        Assert.Equal(MediaRefusalCode.BadName, result.Refusal?.Code);
        Assert.Equal(0, await tenant.CountAssetsAsync());
        Assert.Empty(tenant.StoredFiles());
        Assert.False(File.Exists(Path.Combine(tenant.DataPath, "appsettings.json")));
    }

    [Theory]
    [InlineData("../..")]
    [InlineData("park/../..")]
    [InlineData("park\\x")]
    [InlineData("a\0b")]
    public async Task HostileFolder_IsRefused(string folder)
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var result = await tenant.UploadAsync(TestImages.Png(), "logo.png", folder);

        Assert.Equal(MediaRefusalCode.BadFolder, result.Refusal?.Code);
        Assert.Empty(tenant.StoredFiles());
    }

    [Fact]
    public async Task Upload200Megabytes_IsRefusedAfterReadingNoMoreThanTheLimit()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        var body = new EndlessStream(200L * 1024 * 1024);

        var result = await tenant.RunAsync<MediaLibrary, MediaUploadResult>(library => library.UploadAsync(body, "huge.jpg", "", MediaTenant.Admin, CancellationToken.None));

        Assert.Equal(MediaRefusalCode.TooLarge, result.Refusal?.Code);
        Assert.InRange(body.BytesRead, 1, (20L * 1024 * 1024) + 81920);
        Assert.Empty(tenant.StoredFiles());
    }

    [Fact]
    public async Task SameContentTwice_IsStoredOnce_UnderTwoPaths()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);
        var bytes = TestImages.Png();

        var first = await tenant.UploadAcceptedAsync(bytes, "logo.png");
        var second = await tenant.UploadAcceptedAsync(bytes, "logo.png");

        Assert.Equal(("logo.png", "logo-2.png"), (first.Path, second.Path));
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Single(tenant.StoredFiles());
    }

    [Fact]
    public async Task ChineseName_IsKeptInTheSlug()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var asset = await tenant.UploadAcceptedAsync(TestImages.Png(), "园区 大门 (1).PNG", "园区");

        Assert.Equal("园区/园区-大门-1.png", asset.Path);
    }

    [Fact]
    public async Task Pdf_IsAcceptedWithoutDimensions()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var asset = await tenant.UploadAcceptedAsync(TestImages.Pdf(), "brochure.doc");

        Assert.Equal(("brochure.pdf", "application/pdf", false), (asset.Path, asset.MimeType, asset.IsImage));
    }

    [Fact]
    public async Task UploadsOverThePerUserLimit_AreRefused_OthersStillUpload()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store, new Dictionary<string, string?> { ["Cms:Media:UploadsPerUserPerMinute"] = "2" });

        await tenant.UploadAcceptedAsync(TestImages.Png(1, 1), "a.png", user: MediaTenant.Uploader);
        await tenant.UploadAcceptedAsync(TestImages.Png(2, 1), "b.png", user: MediaTenant.Uploader);
        var third = await tenant.UploadAsync(TestImages.Png(3, 1), "c.png", user: MediaTenant.Uploader);
        var other = await tenant.UploadAsync(TestImages.Png(3, 1), "c.png", user: MediaTenant.OtherUploader);

        Assert.Equal(MediaRefusalCode.RateLimited, third.Refusal?.Code);
        Assert.NotNull(other.Asset);
    }

    [Fact]
    public async Task UserWithoutMediaPermission_CannotUpload()
    {
        await using var tenant = await MediaTenant.CreateAsync(Store);

        var result = await tenant.UploadAsync(TestImages.Png(), "logo.png", user: MediaTenant.Reader);

        Assert.Equal(MediaRefusalCode.Forbidden, result.Refusal?.Code);
        Assert.Equal(0, await tenant.CountAssetsAsync());
    }
}

/// <summary>The upload facts on SQLite.</summary>
public sealed class SqliteUploadFacts : UploadFacts
{
    protected override TestStore Store => TestStore.Sqlite;
}

/// <summary>The upload facts on PostgreSQL (skipped without CMS_TEST_POSTGRES, failing when CMS_REQUIRE_POSTGRES=1).</summary>
public sealed class PostgreSqlUploadFacts : UploadFacts
{
    protected override TestStore Store => TestStore.PostgreSql;
}
