using System.Reflection;
using BananPark.Cms.Admin.Components.ContentTypes;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Core.Security;
using BananPark.Cms.Identity.Authorization;
using Bunit;

namespace BananPark.Cms.Admin.Tests.ContentTypes;

public sealed class ContentTypeListTests : TenantComponentTest
{
    protected override bool ImportsBananRecipe => true;

    [Fact]
    public void Render_WhenShown_ListsEveryTypeWithItsTechnicalNamePartsAndItems()
    {
        var cut = RenderAs<ContentTypeList>(Administrator);

        cut.WaitForAssertion(() => Assert.Equal(4, cut.FindAll("tbody tr").Count));
        Assert.Equal(["Cluster", "Enterprise", "Group", "Park"], cut.FindAll("tbody tr td:first-child a").Select(a => a.TextContent));
        var enterprise = cut.FindAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["Enterprise", "Enterprise", "TitlePart, Enterprise, HtmlBodyPart, AutoroutePart, SeoMetaPart", "19"], enterprise);
        Assert.Equal("/admin/content-types/Enterprise", cut.Find("tbody tr:nth-child(2) a").GetAttribute("href"));
    }

    [Fact]
    public void Render_WhenShown_OffersToCreateATypeWithEveryFlagTicked()
    {
        var cut = RenderAs<ContentTypeList>(Administrator);

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Display name", cut.Find("label[for=type-display-name]").TextContent);
        Assert.Equal("Input.Name", cut.Find("input#type-name").GetAttribute("name"));
        Assert.Equal(["Input.Creatable", "Input.Listable", "Input.Draftable", "Input.Versionable", "Input.Securable"],
            cut.FindAll("input[type=checkbox][checked]").Select(i => i.GetAttribute("name")));
        Assert.Equal("Create", form.QuerySelector("button[type=submit]")?.TextContent);
    }

    [Fact]
    public async Task Render_WhenADisplayNameIsHostile_ShowsItAsText()
    {
        const string hostile = "<img src=x onerror=alert(1)>Event";
        var created = await Tenant.RunAsync<ContentTypeEditor, EditorResult>(e => e.CreateTypeAsync(new ContentTypeInput { Name = "Event", DisplayName = hostile }));
        Assert.True(created.Succeeded);

        var cut = RenderAs<ContentTypeList>(Administrator);

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("tbody a"), a => a.TextContent == hostile));
        Assert.Empty(cut.FindAll("img"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;Event", cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(typeof(ContentTypeList))]
    [InlineData(typeof(ContentTypeEdit))]
    [InlineData(typeof(ContentFieldEdit))]
    [InlineData(typeof(StoredDataPurge))]
    public void Page_RequiresManageContentTypes(Type page)
        => Assert.Equal(CmsPermissions.ManageContentTypes.Name, page.GetCustomAttribute<RequirePermissionAttribute>()?.Permission);
}
