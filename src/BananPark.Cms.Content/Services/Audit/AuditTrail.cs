using System.Globalization;
using System.Text.Json;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Data;
using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services.Audit;

/// <summary>What the audit-trail screen asks for; every filter is optional.</summary>
public sealed record AuditFilter
{
    public string? UserName { get; init; }

    public string? ContentType { get; init; }

    public string? ContentItemId { get; init; }

    public string? Event { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? BeforeUtc { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 50;
}

/// <summary>One audit event as the screen and the CSV show it.</summary>
public sealed record AuditEntry(
    long Id, DateTime CreatedUtc, string Event, string UserName, string ContentItemId, string? ContentItemVersionId,
    string ContentType, string? DisplayText, IReadOnlyList<AuditChange> Changes);

/// <summary>Reads the audit trail, newest first, over its indexed columns; records what belongs to no one item (a recipe import's counts).</summary>
public sealed class AuditTrail(CmsDbContext db, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The event of a recipe's content import as a whole (its items have their own <c>Imported</c> events).</summary>
    public const string RecipeImportedEvent = "RecipeImported";

    /// <summary>Most events one read returns (the CSV export reads in pages of this size).</summary>
    public const int MaxTake = 5000;

    public async Task<(IReadOnlyList<AuditEntry> Entries, int Total)> SearchAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var rows = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            rows = rows.Where(r => r.UserName == filter.UserName);
        }

        if (!string.IsNullOrWhiteSpace(filter.ContentType))
        {
            rows = rows.Where(r => r.ContentType == filter.ContentType);
        }

        if (!string.IsNullOrWhiteSpace(filter.ContentItemId))
        {
            rows = rows.Where(r => r.ContentItemId == filter.ContentItemId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Event))
        {
            rows = rows.Where(r => r.Event == filter.Event);
        }

        if (filter.FromUtc is { } from)
        {
            rows = rows.Where(r => r.CreatedUtc >= from);
        }

        if (filter.BeforeUtc is { } before)
        {
            rows = rows.Where(r => r.CreatedUtc < before);
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            .Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 0, MaxTake)).ToListAsync(cancellationToken);
        return (page.ConvertAll(r => new AuditEntry(
            r.Id, r.CreatedUtc, r.Event, r.UserName, r.ContentItemId, r.ContentItemVersionId, r.ContentType, r.DisplayText,
            JsonSerializer.Deserialize<List<AuditChange>>(r.Changes) ?? [])), total);
    }

    /// <summary>Records one import: the recipe and how many items it created, updated and left alone, in the import's transaction.</summary>
    public async Task RecordImportAsync(string source, IReadOnlyList<ImportOutcome> outcomes, CancellationToken cancellationToken = default)
    {
        var counts = string.Join(", ", Enum.GetValues<ImportOutcome>().Select(o => string.Create(CultureInfo.InvariantCulture, $"{outcomes.Count(x => x == o):N0} {o.ToString().ToLowerInvariant()}")));
        var record = new AuditEventRecord
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            Event = RecipeImportedEvent,
            UserId = AuditTrailRecorder.Cut(actor.UserId, 255),
            UserName = AuditTrailRecorder.Cut(actor.Name, 255) ?? "system",
            ContentItemId = "",
            ContentType = "",
            DisplayText = AuditTrailRecorder.Cut($"{source}: {counts}", 1024),
        };
        db.AuditEvents.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Entry(record).State = EntityState.Detached;
    }

    /// <summary>The user names that appear in the trail, for the filter list.</summary>
    public async Task<IReadOnlyList<string>> UserNamesAsync(CancellationToken cancellationToken = default)
        => await db.AuditEvents.AsNoTracking().Select(r => r.UserName).Distinct().OrderBy(n => n).Take(500).ToListAsync(cancellationToken);
}
