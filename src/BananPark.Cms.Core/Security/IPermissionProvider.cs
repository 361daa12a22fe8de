namespace BananPark.Cms.Core.Security;

/// <summary>
/// The permissions a capability adds to the site (media, the API's applications, …). Each capability registers
/// one provider; the role editor shows them grouped by category and the Roles step accepts their names.
/// </summary>
public interface IPermissionProvider
{
    /// <summary>The capability's global permissions, each with a unique name.</summary>
    IEnumerable<Permission> GetPermissions();
}
