using BananPark.Cms.Identity.Components.Admin;
using Bunit;

namespace BananPark.Cms.Admin.Tests;

public sealed class ErrorListTests : ComponentTest
{
    [Fact]
    public void Render_WhenGivenTwoErrors_RendersOneAlertPerError()
    {
        var cut = Render<ErrorList>(p => p.Add(x => x.Errors, ["Name the role.", "A role named 'Editor' already exists."]));

        cut.MarkupMatches("""
            <div class="alert alert-error" role="alert">Name the role.</div>
            <div class="alert alert-error" role="alert">A role named 'Editor' already exists.</div>
            """);
    }

    [Fact]
    public void Render_WhenNoErrors_RendersNothing()
    {
        var cut = Render<ErrorList>(p => p.Add(x => x.Errors, []));

        Assert.Empty(cut.FindAll("[role=alert]"));
        Assert.Equal("", cut.Markup.Trim());
    }

    [Fact]
    public void Render_WhenErrorContainsMarkup_ShowsItAsText()
    {
        var cut = Render<ErrorList>(p => p.Add(x => x.Errors, ["<b>bold</b>"]));

        var alert = cut.Find("[role=alert]");
        Assert.Equal("<b>bold</b>", alert.TextContent);
        Assert.Empty(alert.Children);
    }
}
