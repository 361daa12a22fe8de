using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Core.Tests;

public sealed class ContentQueryTests
{
    [Fact]
    public void CacheKey_WhenTypeListsHoldTheSameNames_IsTheSame()
        => Assert.Equal(
            new ContentQuery { ContentTypes = ["Group", "Cluster"] }.CacheKey(),
            new ContentQuery { ContentTypes = new List<string> { "Group", "Cluster" } }.CacheKey());

    [Fact]
    public void CacheKey_WhenAnyFilterDiffers_Differs()
    {
        var keys = new[]
        {
            new ContentQuery(),
            new ContentQuery { ContentTypes = ["Group"] },
            new ContentQuery { ContentTypes = ["Cluster"] },
            new ContentQuery { ContentTypes = [] },
            new ContentQuery { Search = "huaxi" },
            new ContentQuery { ModifiedFromUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            new ContentQuery { Skip = 20 },
            new ContentQuery { OrderBy = ContentOrder.ModifiedDescending },
        }.Select(q => q.CacheKey()).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
