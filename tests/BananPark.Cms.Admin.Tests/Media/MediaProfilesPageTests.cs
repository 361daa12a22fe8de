using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Admin;
using BananPark.Cms.Media.Profiles;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Media;

public sealed class MediaProfilesPageTests : MediaComponentTest
{
    [Fact]
    public async Task Render_ListsEveryProfileByName_WithItsSizeModeFormatQualityAndBackground()
    {
        await Tenant.RunAsync<MediaProfiles>(p => p.SaveAllAsync(
        [
            new MediaProfile { Name = "thumb", Width = 100, Height = 100, Mode = MediaResizeMode.BoxPad, BackgroundColor = "ffffff" },
            new MediaProfile { Name = "card", Hint = "Cards", Width = 480, Mode = MediaResizeMode.Crop, Format = "webp", Quality = 80 },
        ]));

        var cut = RenderAs<MediaProfilesPage>(Administrator);

        var rows = cut.FindAll("table.media-profiles tbody tr");
        Assert.Equal(["card", "thumb"], rows.Select(r => r.QuerySelector("th a")!.TextContent));
        Assert.Equal(MediaAdminUrls.Profile("card"), rows[0].QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(["Cards", "480", "auto", "crop", "webp", "80", "none"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Equal(["", "100", "100", "boxpad", "original", "default", "#ffffff"], rows[1].QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.NotNull(cut.Find($"form[method=post] input[name={AntiforgeryField}]"));
        Assert.Equal(["max", "crop", "pad", "boxpad", "min", "stretch"], cut.FindAll("#new-mode option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void Render_WithoutProfiles_SaysSo_AndOffersTheNewProfileForm()
    {
        var cut = RenderAs<MediaProfilesPage>(Administrator);

        Assert.Equal("No profiles yet.", cut.Find(".media-profiles-empty").TextContent);
        Assert.Equal("New profile", cut.Find("form h2").TextContent);
        Assert.Equal("12000", cut.Find("#new-width").GetAttribute("max"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("everything. Call 123 to restore it")]
    public void Render_WithAHostileDeletedNotice_SaysNothing(string deleted)
    {
        NavigateTo("/admin/media/profiles?deleted=" + Uri.EscapeDataString(deleted));

        var cut = RenderAs<MediaProfilesPage>(Administrator);

        Assert.Empty(cut.FindAll("[role=status]"));
        Assert.Empty(cut.FindAll("script"));
    }
}
