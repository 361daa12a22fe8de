using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// Writes the security log: sign-ins, lockouts, user and role changes, with actor, subject and IP (the request's, or
/// for a background job the address of the request that started it).
/// </summary>
public sealed class SecurityLog(CmsIdentityDbContext db, IHttpContextAccessor http, JobActor job, TimeProvider clock)
{
    public async Task WriteAsync(string kind, string? actor, string? subject = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        db.SecurityEvents.Add(new SecurityEvent
        {
            OccurredUtc = clock.GetUtcNow().UtcDateTime,
            Kind = kind,
            Actor = Cap(actor, 256),
            Subject = Cap(subject, 256),
            IpAddress = job.Origin is { } origin ? origin.IpAddress : http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Detail = Cap(detail, 2048),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Cap(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}

/// <summary>The kinds of security events.</summary>
public static class SecurityEventKinds
{
    public const string SignInSucceeded = nameof(SignInSucceeded);
    public const string SignInFailed = nameof(SignInFailed);
    public const string LockedOut = nameof(LockedOut);
    public const string SignInThrottled = nameof(SignInThrottled);
    public const string SignedOut = nameof(SignedOut);

    /// <summary>Sessions ended before they expired: "sign out everywhere (else)" or an administrator's action; the detail says how many.</summary>
    public const string SessionsEnded = nameof(SessionsEnded);

    /// <summary>A change that needs the current password (or a second-step code) was posted with a wrong one; nothing changed.</summary>
    public const string ReauthenticationFailed = nameof(ReauthenticationFailed);
    public const string PasswordChanged = nameof(PasswordChanged);
    public const string TwoFactorEnabled = nameof(TwoFactorEnabled);
    public const string TwoFactorDisabled = nameof(TwoFactorDisabled);
    public const string PasswordReset = nameof(PasswordReset);
    public const string UserCreated = nameof(UserCreated);
    public const string UserUpdated = nameof(UserUpdated);
    public const string UserDisabled = nameof(UserDisabled);
    public const string UserEnabled = nameof(UserEnabled);
    public const string UserDeleted = nameof(UserDeleted);
    public const string RolesChanged = nameof(RolesChanged);
    public const string RoleCreated = nameof(RoleCreated);
    public const string RoleUpdated = nameof(RoleUpdated);
    public const string RoleDeleted = nameof(RoleDeleted);
    public const string RecipeImported = nameof(RecipeImported);
    public const string RecipeExported = nameof(RecipeExported);
    public const string SiteSettingsUpdated = nameof(SiteSettingsUpdated);
    public const string ContentTypeChanged = nameof(ContentTypeChanged);
    public const string ContentDataPurged = nameof(ContentDataPurged);
}
