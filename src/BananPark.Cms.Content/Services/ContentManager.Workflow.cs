using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Services;

/// <summary>Publish, unpublish, trash, restore, schedule and order: the editor's workflow.</summary>
internal sealed partial class ContentManager
{
    public Task<bool> PublishAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> DeleteAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> RestoreAsync(string contentItemId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<ContentItem?> RestoreVersionAsync(string contentItemId, string contentItemVersionId, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<bool> SchedulePublishAsync(string contentItemId, DateTime? publishUtc, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<int> PublishDueAsync(DateTime nowUtc, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task SetContainedOrderAsync(string containerId, IReadOnlyList<string> orderedChildIds, CancellationToken cancellationToken = default) => throw new NotImplementedException();

    public Task<IReadOnlyList<ContentItem>> GetTrashAsync(int skip = 0, int take = 50, CancellationToken cancellationToken = default) => throw new NotImplementedException();
}
