using System.Net;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Profiles;
using BananPark.Cms.Media.Services;
using Microsoft.Extensions.DependencyInjection;
using SixLabors.ImageSharp;

namespace BananPark.Cms.Media.Tests;

/// <summary>The media profiles screens on the assembled site: add, edit, rename, delete, refusals, and renders that follow at once.</summary>
public sealed class MediaProfilesScreenTests(MediaSite site) : IClassFixture<MediaSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AddForm_WithValidInputs_SavesTheProfile_AndTheListAndMenuShowIt()
    {
        var name = Name("card");
        var (client, token) = await SignedInAsync();

        var body = await PostAsync(client, "/admin/media/profiles", "media-profile-new", token, Fields(name, width: "300", height: "200", mode: "crop", format: "png", quality: "70", bgcolor: "#0A3D62"));

        Assert.Contains($"Profile {name} added.", body, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/media/profiles/{name}\"", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/media/profiles\"", await client.GetStringAsync(new Uri("/admin", UriKind.Relative), Ct), StringComparison.Ordinal);
        Assert.Equal(
            new MediaProfile { Name = name, Width = 300, Height = 200, Mode = MediaResizeMode.Crop, Format = "png", Quality = 70, BackgroundColor = "0a3d62" },
            await ProfileAsync(name));
    }

    [Fact]
    public async Task AddForm_WithEveryInputWrong_SaysWhyForEach_AndSavesNothing()
    {
        var (client, token) = await SignedInAsync();
        var before = await CountAsync();

        var body = WebUtility.HtmlDecode(await PostAsync(client, "/admin/media/profiles", "media-profile-new", token,
            Fields("bad name!", width: "100000", height: "-3", mode: "explode", format: "bmp", quality: "0", bgcolor: "zzz", hint: "two\nlines")));

        Assert.Contains("The name has 1 to 64 letters", body, StringComparison.Ordinal);
        Assert.Contains("The hint is one line", body, StringComparison.Ordinal);
        Assert.Contains("The width is a whole number of pixels from 0 to 12,000", body, StringComparison.Ordinal);
        Assert.Contains("The height is a whole number of pixels from 0 to 12,000", body, StringComparison.Ordinal);
        Assert.Contains("Choose a resize mode: max, crop, pad, boxpad, min or stretch.", body, StringComparison.Ordinal);
        Assert.Contains("Choose a format", body, StringComparison.Ordinal);
        Assert.Contains("The quality is a whole number from 1 to 100", body, StringComparison.Ordinal);
        Assert.Contains("The background colour is a hex colour", body, StringComparison.Ordinal);
        // What was typed is shown back, so it can be corrected.
        Assert.Contains("value=\"bad name!\"", body, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AddForm_WithoutANameOrWithoutASize_SaysSo_AndSavesNothing()
    {
        var name = Name("sizeless");
        var (client, token) = await SignedInAsync();
        var before = await CountAsync();

        var nameless = await PostAsync(client, "/admin/media/profiles", "media-profile-new", token, Fields("", width: "300"));
        var sizeless = await PostAsync(client, "/admin/media/profiles", "media-profile-new", token, Fields(name, width: "", height: "0"));

        Assert.Contains("Name the profile.", nameless, StringComparison.Ordinal);
        Assert.Contains("Give a width, a height or both.", sizeless, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task AddForm_WithANameTakenInAnotherCase_IsRefused_AndTheProfileIsKept()
    {
        var existing = Name("taken");
        await SaveAsync(new MediaProfile { Name = existing, Width = 10 });
        var (client, token) = await SignedInAsync();

        var body = await PostAsync(client, "/admin/media/profiles", "media-profile-new", token, Fields(existing.ToUpperInvariant(), width: "100"));

        Assert.Contains($"There is already a profile named {existing.ToUpperInvariant()}.", body, StringComparison.Ordinal);
        Assert.Equal(new MediaProfile { Name = existing, Width = 10 }, await ProfileAsync(existing));
    }

    [Fact]
    public async Task AddForm_WithoutTheAntiforgeryToken_IsRefused_AndSavesNothing()
    {
        var name = Name("forged");
        var (client, _) = await SignedInAsync();
        using var form = new FormUrlEncodedContent([new("_handler", "media-profile-new"), .. Fields(name, width: "100")]);

        using var response = await client.PostAsync(new Uri("/admin/media/profiles", UriKind.Relative), form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await ProfileAsync(name));
    }

    [Fact]
    public async Task EditingAProfile_ChangesWhatItsUrlRenders_WithoutARestart()
    {
        var name = Name("hero");
        var asset = await UploadAsync(TestImages.Png(400, 200), $"{name}.png");
        var (client, token) = await SignedInAsync();
        await PostAsync(client, "/admin/media/profiles", "media-profile-new", token, Fields(name, width: "100"));
        // The URL a theme's resize_url: profile: writes: unsigned, the same before and after the change.
        var url = await site.RunAsync(sp => Task.FromResult(sp.GetRequiredService<IMediaUrls>().Resized(asset, new MediaResize { Profile = name })));

        var before = await RenderedAsync(client, url);
        var body = await PostAsync(client, $"/admin/media/profiles/{name}", "media-profile-edit", token, Fields(name, width: "", height: "40", format: "png"));
        var after = await RenderedAsync(client, url);

        Assert.DoesNotContain("token=", url, StringComparison.Ordinal);
        Assert.Contains("Saved.", body, StringComparison.Ordinal);
        Assert.Equal((100, 50), before);
        Assert.Equal((80, 40), after);
    }

    [Fact]
    public async Task ProfileRender_IsNotCachedAsImmutable()
    {
        var name = Name("cached");
        var asset = await UploadAsync(TestImages.Png(40, 20), $"{name}.png");
        await SaveAsync(new MediaProfile { Name = name, Width = 20 });
        var url = await site.RunAsync(sp => Task.FromResult(sp.GetRequiredService<IMediaUrls>().Resized(asset, new MediaResize { Profile = name })));
        using var client = site.NewClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=3600", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task RenamingAProfile_MovesItToItsNewPage_AndKeepsOneProfile()
    {
        var name = Name("old");
        var renamed = Name("new-name");
        await SaveAsync(new MediaProfile { Name = name, Width = 20 });
        var (client, token) = await SignedInAsync();

        using var response = await PostResponseAsync(client, $"/admin/media/profiles/{name}", "media-profile-edit", token, Fields(renamed, width: "30"));

        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"The rename answered {response.StatusCode}.");
        Assert.Equal($"/admin/media/profiles/{renamed}", Local(response.Headers.Location));
        Assert.Null(await ProfileAsync(name));
        Assert.Equal(30, (await ProfileAsync(renamed))!.Width);
    }

    [Fact]
    public async Task DeleteForm_AsksForTheTick_ThenDeletes_AndTheProfileUrlIs400()
    {
        var name = Name("gone");
        var asset = await UploadAsync(TestImages.Png(40, 20), $"{name}.png");
        await SaveAsync(new MediaProfile { Name = name, Width = 20 });
        var (client, token) = await SignedInAsync();

        var unticked = await PostAsync(client, $"/admin/media/profiles/{name}", "media-profile-delete", token, []);
        var kept = await ProfileAsync(name);
        using var ticked = await PostResponseAsync(client, $"/admin/media/profiles/{name}", "media-profile-delete", token, [new("confirm", "yes")]);
        var list = await client.GetStringAsync(new Uri(Local(ticked.Headers.Location), UriKind.Relative), Ct);
        using var render = await client.GetAsync(new Uri($"/media/{asset.Path}?profile={name}", UriKind.Relative), Ct);

        Assert.Contains("Tick the box to confirm the deletion.", unticked, StringComparison.Ordinal);
        Assert.NotNull(kept);
        Assert.Null(await ProfileAsync(name));
        Assert.Contains($"Profile {name} deleted.", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, render.StatusCode);
    }

    [Fact]
    public async Task EditPage_OfAnUnknownProfile_SaysSo_WithoutForms()
    {
        var (client, _) = await SignedInAsync();

        var body = await client.GetStringAsync(new Uri("/admin/media/profiles/no-such-profile", UriKind.Relative), Ct);

        Assert.Contains("Profile not found", body, StringComparison.Ordinal);
        Assert.DoesNotContain("media-profile-edit", body, StringComparison.Ordinal);
    }

    private static string Name(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..6]}";

    private static List<KeyValuePair<string, string>> Fields(string name, string width = "", string height = "", string mode = "max", string format = "", string quality = "", string bgcolor = "", string hint = "")
        => [new("name", name), new("hint", hint), new("width", width), new("height", height), new("mode", mode), new("format", format), new("quality", quality), new("bgcolor", bgcolor)];

    private async Task<(HttpClient Client, string Token)> SignedInAsync()
    {
        var client = site.NewClient();
        return (client, await MediaSite.SignInAsAdminAsync(client));
    }

    private static async Task<string> PostAsync(HttpClient client, string path, string handler, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await PostResponseAsync(client, path, handler, token, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<HttpResponseMessage> PostResponseAsync(HttpClient client, string path, string handler, string token, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var form = new FormUrlEncodedContent([new("_handler", handler), new("__RequestVerificationToken", token), .. fields]);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form, Ct);
    }

    private static async Task<(int, int)> RenderedAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var info = Image.Identify(await response.Content.ReadAsByteArrayAsync(Ct));
        return (info.Width, info.Height);
    }

    private Task<MediaProfile?> ProfileAsync(string name)
        => site.RunAsync(async sp => (await sp.GetRequiredService<MediaProfiles>().AllAsync(Ct)).GetValueOrDefault(name));

    private Task<bool> SaveAsync(MediaProfile profile) => site.RunAsync(async sp =>
    {
        await sp.GetRequiredService<MediaProfiles>().SaveAsync(profile, cancellationToken: Ct);
        return true;
    });

    private static string Local(Uri? location)
        => location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private Task<int> CountAsync() => site.RunAsync(async sp => (await sp.GetRequiredService<MediaProfiles>().AllAsync(Ct)).Count);

    private Task<MediaAsset> UploadAsync(byte[] bytes, string name) => site.RunAsync(async sp =>
    {
        var result = await sp.GetRequiredService<MediaLibrary>().UploadAsync(new MemoryStream(bytes), name, "profiles", MediaSite.Admin, Ct);
        return result.Asset ?? throw new InvalidOperationException(result.Refusal?.Message);
    });
}
