using Microsoft.AspNetCore.Identity;

namespace BananPark.Cms.Identity.Data;

/// <summary>An account of the tenant.</summary>
public sealed class CmsUser : IdentityUser
{
    public string? DisplayName { get; set; }

    /// <summary>A disabled user cannot sign in, and their open sessions end.</summary>
    public bool Enabled { get; set; } = true;

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>Set for generated or reset passwords: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }
}
