using BananPark.Cms.Identity.Components.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class RoleCreateTests : TenantComponentTest
{
    [Fact]
    public void Render_WhenShown_HasLabelledNameAndDescriptionFields()
    {
        var cut = RenderAs<RoleCreate>(Administrator);

        Assert.Equal("New role", cut.Find("h1").TextContent);
        Assert.Equal("Name", cut.Find("label[for=name]").TextContent);
        Assert.Equal("Description", cut.Find("label[for=description]").TextContent);
        Assert.Equal("", cut.Find("form input#name").GetAttribute("value") ?? "");
        Assert.NotNull(cut.Find("form input#description"));
    }

    [Fact]
    public void Render_WhenShown_PostsWithAntiforgeryTokenAndNoErrors()
    {
        var cut = RenderAs<RoleCreate>(Administrator);

        var form = cut.Find("form");
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal(AntiforgeryValue, form.QuerySelector($"input[type=hidden][name={AntiforgeryField}]")?.GetAttribute("value"));
        Assert.Equal("Create role, then choose its permissions", form.QuerySelector("button[type=submit]")?.TextContent);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }
}
