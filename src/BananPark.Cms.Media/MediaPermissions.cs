using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Media;

/// <summary>The media library's permissions, with Orchard's names (category "Media").</summary>
public sealed class MediaPermissions : IPermissionProvider
{
    /// <summary>Upload, change, move and delete any file of the library.</summary>
    public static readonly Permission ManageMediaContent = new(nameof(ManageMediaContent), "Manage media", "Media");

    /// <summary>Upload files and change or delete the ones the user uploaded.</summary>
    public static readonly Permission ManageOwnMediaContent = new(nameof(ManageOwnMediaContent), "Manage own media", "Media", [ManageMediaContent]);

    /// <summary>Add, change and delete media profiles (named sizes).</summary>
    public static readonly Permission ManageMediaProfiles = new(nameof(ManageMediaProfiles), "Manage media profiles", "Media");

    /// <summary>All three.</summary>
    public static IReadOnlyList<Permission> All { get; } = [ManageMediaContent, ManageOwnMediaContent, ManageMediaProfiles];

    /// <inheritdoc />
    public IEnumerable<Permission> GetPermissions() => All;
}
