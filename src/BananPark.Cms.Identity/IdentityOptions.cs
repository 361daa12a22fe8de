namespace BananPark.Cms.Identity;

/// <summary>Sign-in rules. Bound from <c>Cms:Identity</c>.</summary>
public sealed class CmsIdentityOptions
{
    /// <summary>Administrators must set up an authenticator app before they can use the admin.</summary>
    public bool RequireTwoFactorForAdministrators { get; set; }

    /// <summary>Sign-in posts allowed per minute and IP address; more get 429.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>A session ends this long after sign-in, however active it is (ASVS: an absolute lifetime).</summary>
    public TimeSpan SessionAbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>A session ends after this long without a request (sliding: each request renews it).</summary>
    public TimeSpan SessionIdleTimeout { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The longest an account's sign-in waits after repeated failures (the delay doubles from one second up to
    /// this): also the longest a stranger's wrong passwords can keep the real user out.
    /// </summary>
    public TimeSpan SignInMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The site is served over HTTPS only (directly, or behind a proxy that forwards the scheme): its cookies are
    /// always Secure and named with the <c>__Host-</c> prefix. Off, Secure follows each request.
    /// </summary>
    public bool SecureCookies { get; set; }
}
