namespace BananPark.Cms.Content.Tests;

public sealed class AuthorshipTests : WorkflowTestBase
{
    [Fact]
    public async Task SaveAsync_WhenAUserCreatesAnItem_MakesThemOwnerAndAuthor()
    {
        Actor.SignIn("u-li", "li.wei");

        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);

        var stored = await PublishedAsync(item.ContentItemId);
        Assert.Equal("u-li", stored!.Owner);
        Assert.Equal("li.wei", stored.Author);
        var row = Assert.Single(await RowsAsync(item.ContentItemId));
        Assert.Equal("u-li", row.Owner);
        Assert.Equal("li.wei", row.Author);
    }

    [Fact]
    public async Task SaveAsync_WhenAnotherUserEdits_KeepsTheOwnerAndNamesTheNewAuthor()
    {
        Actor.SignIn("u-li", "li.wei");
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        Actor.SignIn("u-zhang", "zhang.min");

        await SaveAsync(WithSummary(item, "edited by Zhang"), publish: true);

        var stored = await PublishedAsync(item.ContentItemId);
        Assert.Equal("u-li", stored!.Owner);
        Assert.Equal("zhang.min", stored.Author);
    }

    [Fact]
    public async Task SaveAsync_WhenTheEditorsCopyLeavesTheOwnerOut_KeepsTheStoredOwner()
    {
        Actor.SignIn("u-li", "li.wei");
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);
        Actor.SignIn("u-zhang", "zhang.min");
        var copy = WithSummary(item, "edited by Zhang");
        copy.Owner = null;

        await SaveAsync(copy, publish: true);

        Assert.Equal("u-li", (await PublishedAsync(item.ContentItemId))!.Owner);
    }

    [Fact]
    public async Task SaveAsync_WhenTheSystemSaves_LeavesOwnerAndAuthorAsGiven()
    {
        var item = await SaveAsync(Enterprise("Huike").With(i => i.Owner = "admin").Build(), publish: true);

        var stored = await PublishedAsync(item.ContentItemId);
        Assert.Equal("admin", stored!.Owner);
        Assert.Null(stored.Author);
    }
}
