using BananPark.Cms.Admin.Components.ContentTypes;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.ContentManagement.Fields;
using Bunit;

namespace BananPark.Cms.Admin.Tests.ContentTypes;

public sealed class ContentTypeEditTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_WhenTheTypeIsUnknown_ShowsNotFoundWithTheNameEncoded()
    {
        var cut = RenderAs<ContentTypeEdit>(Administrator, p => p.Add(x => x.Name, "<b>Nope</b>"));

        cut.WaitForAssertion(() => Assert.Equal("Content type not found", cut.Find("h1").TextContent));
        Assert.Equal("<b>Nope</b>", cut.Find("p code").TextContent);
        Assert.Empty(cut.FindAll("b"));
        Assert.Empty(cut.FindAll("form"));
    }

    [Fact]
    public void Render_Enterprise_ShowsItsSettingsPartsAndFieldsInOrder()
    {
        var cut = RenderAs<ContentTypeEdit>(Administrator, p => p.Add(x => x.Name, "Enterprise"));

        cut.WaitForAssertion(() => Assert.Equal("Enterprise", cut.Find("h1").TextContent));
        Assert.Equal("Enterprise", cut.Find("input#display-name").GetAttribute("value"));
        Assert.Equal(5, cut.FindAll("#type-settings ~ form input[type=checkbox][checked]").Count);
        Assert.Equal(["TitlePart", "Enterprise", "HtmlBodyPart", "AutoroutePart", "SeoMetaPart"], cut.FindAll("#type-parts ~ form tbody tr td:first-child").Select(td => td.TextContent));
        Assert.True(cut.Find("button[value='up|TitlePart']").HasAttribute("disabled"));
        Assert.True(cut.Find("button[value='down|SeoMetaPart']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("button[value='remove|Enterprise']"));
        Assert.Equal(["MarkdownBodyPart", "ListPart"], cut.FindAll("select#part-to-add option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["Website", "Group", "Logo"], cut.FindAll("#type-fields ~ form tbody tr td:nth-child(2)").Select(td => td.TextContent));
        Assert.Equal("/admin/content-types/Enterprise/fields/Website", cut.Find("#type-fields ~ form tbody a").GetAttribute("href"));
        Assert.Equal(
            ["TextField", "HtmlField", "MarkdownField", "NumericField", "DateField", "DateTimeField", "BooleanField", "LinkField", "ContentPickerField", "MultiTextField", "MediaField", "GeoPointField"],
            cut.FindAll("select#field-kind option").Select(o => o.GetAttribute("value")));
        Assert.Empty(cut.FindAll("#removed-fields"));
    }

    [Fact]
    public void Render_Enterprise_EveryFormPostsWithAnAntiforgeryToken()
    {
        var cut = RenderAs<ContentTypeEdit>(Administrator, p => p.Add(x => x.Name, "Enterprise"));

        cut.WaitForAssertion(() => Assert.Equal(5, cut.FindAll("form").Count));
        Assert.All(cut.FindAll("form"), form =>
        {
            Assert.Equal("post", form.GetAttribute("method"));
            Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        });
        Assert.Equal(["Save", "Add the part", "Add"], cut.FindAll("form > button[type=submit]").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Render_WhenAFieldWithStoredValuesWasRemoved_ListsItWithAPurgeLink()
    {
        await Tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.RemoveFieldAsync("Enterprise", "Website"));

        var cut = RenderAs<ContentTypeEdit>(Administrator, p => p.Add(x => x.Name, "Enterprise"));

        cut.WaitForAssertion(() => Assert.Equal("Removed fields with stored data", cut.Find("#removed-fields").TextContent));
        Assert.Equal(["Website", "19", "Purge"], cut.FindAll("#removed-fields ~ table td").Select(td => td.TextContent));
        Assert.Equal("/admin/content-types/Enterprise/purge/Website", cut.Find("#removed-fields ~ table a").GetAttribute("href"));
        Assert.Equal(["Group", "Logo"], cut.FindAll("#type-fields ~ form tbody tr td:nth-child(2)").Select(td => td.TextContent));
    }

    [Fact]
    public async Task Render_WhenAFieldDisplayNameIsHostile_ShowsItAsText()
    {
        const string hostile = "<script>alert('x')</script>Staff";
        await Tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.AddFieldAsync("Enterprise", new NewFieldInput { DisplayName = hostile, Name = "Staff", Kind = NumericField.Kind.Name }));

        var cut = RenderAs<ContentTypeEdit>(Administrator, p => p.Add(x => x.Name, "Enterprise"));

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("#type-fields ~ form tbody a"), a => a.TextContent == hostile));
        Assert.Empty(cut.FindAll("script"));
    }
}
