using System.Collections.Concurrent;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Content.Tests;

/// <summary>Keeps every content event it is told of, in order (including events of work later rolled back).</summary>
public sealed class RecordingListener : IContentEventListener
{
    private readonly ConcurrentQueue<ContentEvent> _events = new();

    public IReadOnlyList<ContentEvent> All => [.. _events];

    public IReadOnlyList<ContentEventKind> KindsFor(string contentItemId)
        => [.. _events.Where(e => e.Item.ContentItemId == contentItemId).Select(e => e.Kind)];

    public Task HandleAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        _events.Enqueue(contentEvent);
        return Task.CompletedTask;
    }
}
