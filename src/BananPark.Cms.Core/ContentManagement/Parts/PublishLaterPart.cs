using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Core.ContentManagement.Parts;

/// <summary>A draft waiting to be published at a set time (Orchard's shape).</summary>
public sealed class PublishLaterPart : IContentPart
{
    /// <inheritdoc/>
    public static ContentPartKind Kind { get; } = new(nameof(PublishLaterPart), ValueShapes.Of(("ScheduledPublishUtc", ValueShape.Date)))
    {
        DisplayName = "Publish later",
        AttachedAtRunTime = true,
    };

    /// <summary>When the scheduler publishes the draft, UTC; null when nothing is scheduled.</summary>
    public DateTime? ScheduledPublishUtc { get; set; }
}
