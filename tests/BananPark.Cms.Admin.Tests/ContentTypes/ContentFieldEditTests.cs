using BananPark.Cms.Admin.Components.ContentTypes;
using BananPark.Cms.Content.Services.Definitions;
using Bunit;

namespace BananPark.Cms.Admin.Tests.ContentTypes;

public sealed class ContentFieldEditTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_TextField_ShowsDisplayNameHintRequiredAndTextSettings()
    {
        var cut = Show("Park", "Established");

        cut.WaitForAssertion(() => Assert.Equal("Established", cut.Find("h1").TextContent));
        Assert.Equal("Established", cut.Find("input#display-name").GetAttribute("value"));
        var hint = cut.Find("textarea#hint");
        Assert.Equal("Month and year as published, e.g. December 2002.", hint.GetAttribute("value") ?? hint.TextContent);
        Assert.False(cut.Find("label.choice input[type=checkbox]").HasAttribute("checked"));
        Assert.Equal(["", "TextArea"], cut.FindAll("select#editor option").Select(o => o.GetAttribute("value")));
        Assert.NotNull(cut.Find("input#max-length"));
        Assert.Empty(cut.FindAll("input#minimum"));
    }

    [Fact]
    public void Render_NumericField_ShowsItsBoundsAndScale()
    {
        var cut = Show("Park", "ApprovedArea");

        cut.WaitForAssertion(() => Assert.Equal("100000", cut.Find("input#maximum").GetAttribute("value")));
        Assert.Equal("0", cut.Find("input#minimum").GetAttribute("value"));
        Assert.Equal("2", cut.Find("input#scale").GetAttribute("value"));
        Assert.Empty(cut.FindAll("select#editor"));
    }

    [Fact]
    public void Render_ContentPickerField_TicksThePickableTypes()
    {
        var cut = Show("Enterprise", "Group");

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("input[name=DisplayedContentTypes]").Count));
        Assert.Equal(["Group"], cut.FindAll("input[name=DisplayedContentTypes][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void Render_ContentPickerFieldMarkedAsAFacet_TicksFacet_ANumericFieldOffersNone()
    {
        var picker = Show("Enterprise", "Group");
        var numeric = Show("Park", "ApprovedArea");

        picker.WaitForAssertion(() => Assert.True(picker.Find("input#facet").HasAttribute("checked")));
        numeric.WaitForAssertion(() => Assert.NotNull(numeric.Find("input#maximum")));
        Assert.Empty(numeric.FindAll("input#facet"));
    }

    [Fact]
    public async Task Submit_FacetTicked_StoresItInTheFieldsSettings()
    {
        await Tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.AddFieldAsync("Enterprise", new NewFieldInput { DisplayName = "Listed", Name = "Listed", Kind = "BooleanField" }));
        var cut = Show("Enterprise", "Listed");
        cut.WaitForAssertion(() => Assert.False(cut.Find("input#facet").HasAttribute("checked")));

        cut.Find("input#facet").Change(true);
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Contains("Saved the settings", cut.Find("[role=status]").TextContent, StringComparison.Ordinal));
        var details = await Tenant.RunAsync<FieldSettingsEditor, FieldDetails?>(e => e.GetAsync("Enterprise", "Listed"));
        Assert.True(details!.Settings.Facet);
    }

    [Fact]
    public async Task Render_GeoPointField_OffersRequiredAndNoSettingsOfOtherKinds()
    {
        await Tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.AddFieldAsync("Enterprise", new NewFieldInput { DisplayName = "Location", Name = "Location", Kind = "GeoPointField" }));

        var cut = Show("Enterprise", "Location");

        cut.WaitForAssertion(() => Assert.Equal("Location", cut.Find("h1").TextContent));
        Assert.Contains("Required", cut.Find("label.choice").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("select#editor, input#max-length, input#minimum, input[name=DisplayedContentTypes], textarea#options"));
    }

    [Fact]
    public void Render_WhenShown_PostsWithAnAntiforgeryToken()
    {
        var cut = Show("Enterprise", "Website");

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("form")));
        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Input.DisplayName", form.QuerySelector("input#display-name")?.GetAttribute("name"));
    }

    [Fact]
    public void Render_WhenTheFieldIsUnknown_ShowsNotFound()
    {
        var cut = Show("Enterprise", "<i>Nope</i>");

        cut.WaitForAssertion(() => Assert.Equal("Field not found", cut.Find("h1").TextContent));
        Assert.Empty(cut.FindAll("i"));
        Assert.Empty(cut.FindAll("form"));
    }

    private IRenderedComponent<ContentFieldEdit> Show(string type, string field)
        => RenderAs<ContentFieldEdit>(Administrator, p => p.Add(x => x.Name, type).Add(x => x.Field, field));
}
