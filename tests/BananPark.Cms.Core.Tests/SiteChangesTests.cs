using BananPark.Cms.Core.Data;

namespace BananPark.Cms.Core.Tests;

public sealed class SiteChangesTests
{
    [Fact]
    public void All_HoldsEveryKindOfChange()
    {
        foreach (var kind in Enum.GetValues<SiteChanges>())
        {
            Assert.Equal(kind, SiteChangesExtensions.All & kind);
        }

        Assert.True(SiteChangesExtensions.All.IsPublic());
        Assert.True(SiteChangesExtensions.All.HasFlag(SiteChanges.Drafts | SiteChanges.Permissions));
    }
}
