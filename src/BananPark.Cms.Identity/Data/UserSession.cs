namespace BananPark.Cms.Identity.Data;

/// <summary>
/// One signed-in session, made at sign-in and named by the cookie's session claim. The cookie is valid only while
/// this row exists and has not expired: sign-out, "sign out everywhere" and an administrator's action delete it.
/// </summary>
public sealed class UserSession
{
    /// <summary>Random, 32 hex digits; never shown whole.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>When a request last came with this session (written at most once a minute).</summary>
    public DateTime LastSeenUtc { get; set; }

    /// <summary>The absolute end: created + <c>Cms:Identity:SessionAbsoluteLifetime</c>, however active the session is.</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>The user's security stamp when the session began or was last renewed: a newer stamp ended it.</summary>
    public string? SecurityStamp { get; set; }

    /// <summary>The address the sign-in came from.</summary>
    public string? IpAddress { get; set; }

    /// <summary>The browser's User-Agent at sign-in, capped.</summary>
    public string? UserAgent { get; set; }
}
