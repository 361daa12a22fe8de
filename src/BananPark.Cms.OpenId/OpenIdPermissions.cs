using BananPark.Cms.Core.Security;

namespace BananPark.Cms.OpenId;

/// <summary>The OpenID Connect server's permissions, with Orchard's names (category "OpenID Connect").</summary>
public sealed class OpenIdPermissions : IPermissionProvider
{
    private const string Category = "OpenID Connect";

    /// <summary>Register, change and delete client applications, and replace their secrets.</summary>
    public static readonly Permission ManageApplications = new(nameof(ManageApplications), "Manage OpenID Connect applications", Category);

    /// <summary>Add, change and delete the scopes applications may ask for.</summary>
    public static readonly Permission ManageScopes = new(nameof(ManageScopes), "Manage OpenID Connect scopes", Category);

    /// <summary>Change the flows the server allows and the lifetimes of its tokens.</summary>
    public static readonly Permission ManageServerSettings = new(nameof(ManageServerSettings), "Manage OpenID Connect server settings", Category);

    /// <summary>All three.</summary>
    public static IReadOnlyList<Permission> All { get; } = [ManageApplications, ManageScopes, ManageServerSettings];

    /// <inheritdoc />
    public IEnumerable<Permission> GetPermissions() => All;
}
