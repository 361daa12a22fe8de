using System.Security.Cryptography;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Identity.Services.Sessions;

/// <summary>
/// The signed-in sessions, one row each in the tenant's identity tables: made at sign-in, checked on every request
/// of the cookie (<see cref="SessionValidator"/>), deleted at sign-out or when someone ends them.
/// </summary>
public sealed class SessionStore(CmsIdentityDbContext db, IOptions<CmsIdentityOptions> options, TimeProvider clock)
{
    /// <summary>How stale <see cref="UserSession.LastSeenUtc"/> may get before a request writes it again.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    /// <summary>Starts a session for <paramref name="user"/> from <paramref name="request"/>; the user's expired sessions are removed.</summary>
    public async Task<string> StartAsync(CmsUser user, HttpContext? request, CancellationToken cancellationToken = default)
    {
        var userId = user.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var idleSince = now - options.Value.SessionIdleTimeout;
        await db.Sessions.Where(s => s.UserId == userId && (s.ExpiresUtc <= now || s.LastSeenUtc <= idleSince)).ExecuteDeleteAsync(cancellationToken);
        var userAgent = request?.Request.Headers.UserAgent.ToString();
        var session = new UserSession
        {
            Id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            UserId = userId,
            CreatedUtc = now,
            LastSeenUtc = now,
            ExpiresUtc = now + options.Value.SessionAbsoluteLifetime,
            SecurityStamp = user.SecurityStamp,
            IpAddress = request?.Connection.RemoteIpAddress?.ToString(),
            UserAgent = string.IsNullOrEmpty(userAgent) ? null : userAgent[..Math.Min(userAgent.Length, 512)],
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(session).State = EntityState.Detached;
        return session.Id;
    }

    /// <summary>
    /// True when the session exists, belongs to <paramref name="userId"/>, and has neither reached its absolute end nor
    /// been idle too long; then it is marked as seen now (at most once per <see cref="TouchInterval"/>).
    /// </summary>
    public async Task<bool> CheckAsync(string sessionId, string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        if (session is null || session.UserId != userId || session.ExpiresUtc <= now || session.LastSeenUtc <= now - options.Value.SessionIdleTimeout)
        {
            return false;
        }

        if (now - session.LastSeenUtc >= TouchInterval)
        {
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now), cancellationToken);
        }

        return true;
    }

    /// <summary>The session goes on under the user's new security stamp (this session changed it: a new password, two-step sign-in).</summary>
    public Task RenewAsync(string sessionId, string? securityStamp, CancellationToken cancellationToken = default)
        => db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u.SetProperty(s => s.SecurityStamp, securityStamp), cancellationToken);

    /// <summary>The user's sessions that are still valid (not expired, not idle too long, not ended by a newer security stamp), newest first.</summary>
    public async Task<IReadOnlyList<UserSession>> ActiveAsync(string userId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var idleSince = now - options.Value.SessionIdleTimeout;
        return await db.Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.ExpiresUtc > now && s.LastSeenUtc > idleSince)
            .Where(s => db.Users.Any(u => u.Id == userId && u.SecurityStamp == s.SecurityStamp))
            .OrderByDescending(s => s.CreatedUtc)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Ends one session (sign-out).</summary>
    public Task<int> EndAsync(string sessionId, CancellationToken cancellationToken = default)
        => db.Sessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ends every session of <paramref name="userId"/> but <paramref name="keep"/>; how many were still valid.</summary>
    public async Task<int> EndAllAsync(string userId, string? keep = null, CancellationToken cancellationToken = default)
    {
        var active = (await ActiveAsync(userId, cancellationToken)).Count(s => s.Id != keep);
        var sessions = db.Sessions.Where(s => s.UserId == userId);
        await (keep is null ? sessions : sessions.Where(s => s.Id != keep)).ExecuteDeleteAsync(cancellationToken);
        return active;
    }
}
