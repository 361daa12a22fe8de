namespace BananPark.Cms.Content.Services;

/// <summary>What a user may do to a content item, as Orchard decides it.</summary>
public enum ContentAction
{
    /// <summary>See the item in the admin.</summary>
    View,

    /// <summary>See a draft rendered by the public theme.</summary>
    Preview,

    /// <summary>Change and save drafts.</summary>
    Edit,

    /// <summary>Publish or unpublish, schedule publishing.</summary>
    Publish,

    /// <summary>Move to the trash, restore from it.</summary>
    Delete,

    /// <summary>Make a copy.</summary>
    Clone,
}
