using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Data;

/// <summary>A role; its permissions are role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class CmsRole : IdentityRole
{
    public const string PermissionClaimType = "Permission";

    public CmsRole()
    {
    }

    public CmsRole(string name) : base(name)
    {
    }

    public string? Description { get; set; }
}
