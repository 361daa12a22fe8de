using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Tests.StoreFacts;

/// <summary>The audit trail is written in the change's own transaction: both commit, or neither.</summary>
public abstract partial class StoreFacts
{
    [Fact]
    public async Task SaveAsync_WhenPublished_WritesTheVersionAndItsAuditRowTogether()
    {
        var item = await SaveAsync(Enterprise("Huike").Build(), publish: true);

        var audit = await AuditAsync(item.ContentItemId);

        Assert.Equal(item.ContentItemVersionId, Assert.Single(audit, e => e.Event == "Published").ContentItemVersionId);
        Assert.Single(await RowsAsync(item.ContentItemId));
    }

    [Fact]
    public async Task SaveAsync_WhenAListenerThrows_RollsBackTheVersionAndTheAuditRow()
    {
        var before = await Tenant.SnapshotAsync();
        var refused = Enterprise(Refused).Build();

        await Assert.ThrowsAsync<InvalidOperationException>(() => SaveAsync(refused, publish: true));

        Assert.Equal(0, await Tenant.RunAsync<CmsDbContext, int>(db => db.AuditEvents.CountAsync()));
        Assert.Equal(before, await Tenant.SnapshotAsync());
    }
}
