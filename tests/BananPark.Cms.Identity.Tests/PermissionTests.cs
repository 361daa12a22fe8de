using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Identity.Tests;

public sealed class PermissionTests
{
    private static readonly IReadOnlyDictionary<string, Permission> Enterprise = ContentTypePermissions.For("Enterprise");

    [Theory]
    [InlineData("PublishContent", "Publish_Enterprise")]
    [InlineData("PublishContent", "Edit_Enterprise")]
    [InlineData("PublishContent", "EditOwn_Enterprise")]
    [InlineData("EditContent", "Edit_Enterprise")]
    [InlineData("EditContent", "Preview_Enterprise")]
    [InlineData("EditOwnContent", "EditOwn_Enterprise")]
    [InlineData("DeleteContent", "DeleteOwn_Enterprise")]
    [InlineData("Publish_Enterprise", "PublishOwn_Enterprise")]
    [InlineData("ViewContent", "View_Enterprise")]
    public void IsGrantedBy_WhenAStrongerPermissionIsHeld_Grants(string held, string wanted)
        => Assert.True(Find(wanted).IsGrantedBy(new HashSet<string> { held }));

    [Theory]
    [InlineData("EditOwnContent", "Edit_Enterprise")]
    [InlineData("EditOwnContent", "Publish_Enterprise")]
    [InlineData("EditContent", "Publish_Enterprise")]
    [InlineData("PublishOwnContent", "Delete_Enterprise")]
    [InlineData("Edit_Group", "Edit_Enterprise")]
    public void IsGrantedBy_WhenOnlyAWeakerOrOtherPermissionIsHeld_DoesNotGrant(string held, string wanted)
        => Assert.False(Find(wanted).IsGrantedBy(new HashSet<string> { held }));

    [Fact]
    public void For_MakesEveryKindWithOrchardsNames()
        => Assert.Equal(
            ["View_Enterprise", "Preview_Enterprise", "Edit_Enterprise", "EditOwn_Enterprise", "Publish_Enterprise", "PublishOwn_Enterprise", "Delete_Enterprise", "DeleteOwn_Enterprise", "Clone_Enterprise", "CloneOwn_Enterprise"],
            ContentTypePermissions.Kinds.Select(k => Enterprise[k].Name));

    [Fact]
    public void Defaults_ContributorCannotPublishButAuthorCanPublishOwn()
    {
        var contributor = SystemRoles.Defaults[SystemRoles.Contributor].Select(p => p.Name).ToHashSet();
        var author = SystemRoles.Defaults[SystemRoles.Author].Select(p => p.Name).ToHashSet();

        Assert.False(Enterprise["PublishOwn"].IsGrantedBy(contributor));
        Assert.True(Enterprise["EditOwn"].IsGrantedBy(contributor));
        Assert.True(Enterprise["PublishOwn"].IsGrantedBy(author));
        Assert.False(Enterprise["Publish"].IsGrantedBy(author));
    }

    private static Permission Find(string name)
        => Enterprise.Values.Concat(ContentTypePermissions.For("Group").Values).Concat(CmsPermissions.All).Single(p => p.Name == name);
}
