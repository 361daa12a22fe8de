namespace BananPark.Cms.Media.Tests;

public sealed class MediaPermissionsTests
{
    [Fact]
    public void ManageMediaContent_ImpliesManageOwnMediaContent_NotTheOtherWay()
    {
        Assert.True(MediaPermissions.ManageOwnMediaContent.IsGrantedBy(new HashSet<string> { "ManageMediaContent" }));
        Assert.False(MediaPermissions.ManageMediaContent.IsGrantedBy(new HashSet<string> { "ManageOwnMediaContent" }));
        Assert.Equal(["ManageMediaContent", "ManageOwnMediaContent", "ManageMediaProfiles"], new MediaPermissions().GetPermissions().Select(p => p.Name));
        Assert.All(MediaPermissions.All, p => Assert.Equal("Media", p.Category));
    }
}
