using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Settings;
using BananPark.Cms.Identity.Services;

namespace BananPark.Cms.Admin.Services;

/// <summary>
/// Reads and saves the site settings for the settings screen. A save checks every rule first and
/// stores nothing when any fails; a save is written to the security log with the names of the
/// settings it changed. The store evicts cached pages, so the public site shows a change at once.
/// </summary>
public sealed class SiteSettingsEditor(ISiteSettingsStore store, SecurityLog log)
{
    public async Task<SiteSettingsInput> GetAsync(CancellationToken cancellationToken = default)
        => SiteSettingsInput.From(await store.GetAsync(cancellationToken));

    /// <summary>Saves <paramref name="input"/>; returns the broken rules (nothing is saved then), or none.</summary>
    public async Task<IReadOnlyList<ValidationResult>> SaveAsync(ClaimsPrincipal user, SiteSettingsInput input, CancellationToken cancellationToken = default)
    {
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(input, new ValidationContext(input), errors, validateAllProperties: true))
        {
            return errors;
        }

        var current = await store.GetAsync(cancellationToken);
        // A copy: the stored instance is shared by every request until the change commits.
        var before = JsonSerializer.SerializeToNode(current, ContentJson.Options)!.AsObject();
        var updated = before.Deserialize<SiteSettings>(ContentJson.Options)!;
        input.ApplyTo(updated);
        // The rules every writer obeys (the Settings recipe step too); the attributes above say the same to the screen.
        if (SiteSettingsRules.Check(updated) is { Count: > 0 } problems)
        {
            return problems.Select(p => new ValidationResult($"{char.ToUpperInvariant(p.Message[0])}{p.Message[1..]}", [p.Key])).ToList();
        }

        var after = JsonSerializer.SerializeToNode(updated, ContentJson.Options)!.AsObject();
        var changed = after.Where(p => !JsonNode.DeepEquals(p.Value, before[p.Key])).Select(p => p.Key).ToList();

        await store.SaveAsync(updated, cancellationToken);
        await log.WriteAsync(SecurityEventKinds.SiteSettingsUpdated, user.Identity?.Name, "Site settings",
            changed.Count == 0 ? "no changes" : "changed: " + string.Join(", ", changed), cancellationToken);
        return [];
    }
}
