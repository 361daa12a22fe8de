using BananPark.Cms.Identity.Components.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class RoleChoicesTests : ComponentTest
{
    [Fact]
    public void Render_WhenRolesAreGrantable_RendersACheckboxPerRoleCheckedWhenSelected()
    {
        var cut = Render<RoleChoices>(p => p.Add(x => x.Grantable, ["Author", "Editor"]).Add(x => x.Selected, ["Editor"]));

        cut.MarkupMatches("""
            <fieldset class="field choices">
              <legend>Roles</legend>
              <label class="choice"><input type="checkbox" name="Roles" value="Author" /> Author</label>
              <label class="choice"><input type="checkbox" name="Roles" value="Editor" checked /> Editor</label>
            </fieldset>
            """);
    }

    [Fact]
    public void Render_WhenSelectedRoleIsNotGrantable_LocksItAndKeepsItWithAHiddenInput()
    {
        var cut = Render<RoleChoices>(p => p.Add(x => x.Grantable, ["Author"]).Add(x => x.Selected, ["Administrator"]));

        var locked = cut.Find("label.locked input[type=checkbox]");
        Assert.True(locked.HasAttribute("disabled"));
        Assert.True(locked.HasAttribute("checked"));
        Assert.False(locked.HasAttribute("name"));
        Assert.Contains("Administrator", cut.Find("label.locked").TextContent);
        Assert.Contains("(you cannot change this role)", cut.Find("label.locked .hint").TextContent);
        var hidden = cut.Find("input[type=hidden]");
        Assert.Equal(RoleChoices.FieldName, hidden.GetAttribute("name"));
        Assert.Equal("Administrator", hidden.GetAttribute("value"));
        Assert.Empty(cut.FindAll("input[type=checkbox][value=Administrator]"));
    }

    [Fact]
    public void Render_WhenSelectedRoleIsGrantable_DoesNotLockIt()
    {
        var cut = Render<RoleChoices>(p => p.Add(x => x.Grantable, ["Author"]).Add(x => x.Selected, ["Author"]));

        Assert.Empty(cut.FindAll("label.locked"));
        Assert.Empty(cut.FindAll("input[type=hidden]"));
        Assert.False(cut.Find("input[value=Author]").HasAttribute("disabled"));
    }

    [Fact]
    public void Render_WhenThereAreNoRolesAtAll_SaysSo()
    {
        var cut = Render<RoleChoices>();

        Assert.Equal("There are no roles you can assign.", cut.Find("p.hint").TextContent);
        Assert.Empty(cut.FindAll("input"));
    }

    [Fact]
    public void Render_WhenOnlyLockedRolesExist_OmitsTheNoRolesHint()
    {
        var cut = Render<RoleChoices>(p => p.Add(x => x.Selected, ["Editor"]));

        Assert.Empty(cut.FindAll("p.hint"));
        Assert.Single(cut.FindAll("label.locked"));
    }
}
