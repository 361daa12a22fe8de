using System.Security.Claims;
using BananPark.Cms.Content.Services.Definitions;
using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Admin.Services;

/// <summary>Writes the type editor's changes to the security log, like recipe imports: who changed which type, and how.</summary>
public sealed class ContentTypeAudit(SecurityLog log)
{
    /// <summary>Logs a change that succeeded (a refused one changed nothing) and hands the result back.</summary>
    public async Task<EditorResult> RecordAsync(ClaimsPrincipal user, string type, EditorResult result, CancellationToken cancellationToken = default)
    {
        if (result.Succeeded)
        {
            await log.WriteAsync(SecurityEventKinds.ContentTypeChanged, user.Identity?.Name, type, result.Summary, cancellationToken);
        }

        return result;
    }

    /// <summary>Logs a purge of a removed field's values.</summary>
    public async Task<PurgeResult> RecordPurgeAsync(ClaimsPrincipal user, string type, string property, PurgeResult result, CancellationToken cancellationToken = default)
    {
        if (result.Succeeded)
        {
            await log.WriteAsync(SecurityEventKinds.ContentDataPurged, user.Identity?.Name, type,
                $"purged '{property}' from {result.Versions} version(s) of {result.Items} item(s)", cancellationToken);
        }

        return result;
    }
}
