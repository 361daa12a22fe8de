namespace BananPark.Cms.Data.Entities;

/// <summary>
/// A route a published item was published at before an editor changed it. It names the item, not its new route,
/// so a path moved twice (A to B to C) leads to where the item is now without a chain of redirects.
/// </summary>
public sealed class RouteRedirectRecord
{
    /// <summary>The old route, normalized as <see cref="ContentItemRecord.RoutePath"/> is.</summary>
    public string Path { get; set; } = "";

    /// <summary>The item that was published at <see cref="Path"/>.</summary>
    public string ContentItemId { get; set; } = "";

    /// <summary>When the item left the path.</summary>
    public DateTime MovedUtc { get; set; }
}
