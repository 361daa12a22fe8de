namespace BananPark.Cms.Identity;

/// <summary>The first Administrator, created at setup. Bound from <c>Cms:Setup</c>.</summary>
public sealed class IdentitySetupOptions
{
    /// <summary>User name of the first Administrator.</summary>
    public string AdminUserName { get; set; } = "admin";

    /// <summary>Email of the first Administrator (optional).</summary>
    public string? AdminEmail { get; set; }

    /// <summary>
    /// Password of the first Administrator. When empty, a strong one is generated, printed once to
    /// the console, and must be changed at the first sign-in. Never put a real one in the repository.
    /// </summary>
    public string? AdminPassword { get; set; }
}
