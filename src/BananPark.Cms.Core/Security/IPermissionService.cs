using System.Security.Claims;

namespace BananPark.Cms.Core.Security;

/// <summary>Whether a user holds a permission (by name, e.g. <c>Edit_Enterprise</c>), implications included.</summary>
public interface IPermissionService
{
    /// <summary>True when <paramref name="user"/> holds <paramref name="permissionName"/>.</summary>
    Task<bool> HasPermissionAsync(ClaimsPrincipal user, string permissionName, CancellationToken cancellationToken = default);
}
