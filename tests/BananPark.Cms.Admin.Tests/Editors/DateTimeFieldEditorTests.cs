using System.Text.Json.Nodes;
using BananPark.Cms.Admin.Fields.DateAndTime;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Testing;
using Bunit;

namespace BananPark.Cms.Admin.Tests.Editors;

public sealed class DateTimeFieldEditorTests : EditorTest
{
    private static readonly ContentDefinition Definition = new DefinitionBuilder(Type).Field("DateTimeField", "Opens", "Opens").Build();

    [Fact]
    public async Task Render_ShowsTheUtcValueInTheSiteTimeZoneAndPostsTheZone()
    {
        await Tenant.RunAsync<ISiteSettingsStore>(async store =>
        {
            var settings = await store.GetAsync(Xunit.TestContext.Current.CancellationToken);
            settings.TimeZoneId = "Asia/Shanghai";
            await store.SaveAsync(settings, Xunit.TestContext.Current.CancellationToken);
        });
        var item = new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Opens"] = new JsonObject { ["Value"] = "2024-05-31T06:30:00Z" } }).Build();

        var cut = RenderAs<DateTimeFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Opens")));

        var input = cut.Find("input#ed-Article-Opens");
        Assert.Equal("datetime-local", input.GetAttribute("type"));
        Assert.Equal("2024-05-31T14:30", input.GetAttribute("value"));
        Assert.Equal("Asia/Shanghai", cut.Find("input[type=hidden][name='Article.Opens.TimeZone']").GetAttribute("value"));
        Assert.Equal("Time in Asia/Shanghai.", cut.Find("#ed-Article-Opens-zone").TextContent);
        Assert.Contains("ed-Article-Opens-zone", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Opens", LabelOf(cut, "ed-Article-Opens"));
    }

    [Fact]
    public void Render_WithoutASiteTimeZone_ShowsUtcAndTheError()
    {
        var item = new ContentItemBuilder(Type).With(i => i.Content[Type] = new JsonObject { ["Opens"] = new JsonObject { ["Value"] = "2024-05-31T06:30:00Z" } }).Build();

        var cut = RenderAs<DateTimeFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, item, "Opens", "Opens: enter a date and time.")));

        Assert.Equal("2024-05-31T06:30", cut.Find("input#ed-Article-Opens").GetAttribute("value"));
        Assert.Equal("Time in UTC.", cut.Find("#ed-Article-Opens-zone").TextContent);
        AssertDescribedError(cut, "input#ed-Article-Opens", "Opens: enter a date and time.");
    }

    [Fact]
    public void Render_HostileMessage_IsEncoded()
    {
        var cut = RenderAs<DateTimeFieldEditor>(Administrator, p => p.Add(e => e.Context, FieldContext(Definition, new ContentItemBuilder(Type).Build(), "Opens", Hostile)));

        AssertEncoded(cut);
    }
}
