using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services;

/// <summary>The write path shared by saves and imports.</summary>
internal sealed partial class ContentManager
{
    /// <summary>Runs handlers and validation on a copy of the item; the caller's object is left alone.</summary>
    private async Task<ContentItem> PrepareAsync(ContentItem item, bool importing, CancellationToken cancellationToken, Core.Metadata.ContentDefinition? known = null)
    {
        item = item.Clone();
        var definition = known ?? await definitions.GetAsync(cancellationToken);
        var type = definition.FindType(item.ContentType)
            ?? throw new ContentValidationException([("ContentType", $"unknown content type '{item.ContentType}'.")]);
        if (string.IsNullOrWhiteSpace(item.ContentItemId))
        {
            item.ContentItemId = IdGenerator.NewId();
        }

        foreach (var handler in handlers)
        {
            await handler.SavingAsync(item, type, importing, cancellationToken);
        }

        var problems = ContentItemValidator.Validate(item, definition, rules).Concat(rules.ValidateSafety(item, type, definition)).ToList();
        if (!importing && problems.Count == 0)
        {
            // Editor saves also meet the field settings (required, lengths, bounds, picker types);
            // imports keep Orchard's leniency so existing recipes load as they are.
            problems.AddRange(rules.ValidateSettings(item, type, definition, await PickedTypesAsync(item, type, definition, cancellationToken)));
        }

        return problems.Count == 0 ? item : throw new ContentValidationException(problems);
    }

    private async Task<IReadOnlyDictionary<string, string>> PickedTypesAsync(ContentItem item, Core.Metadata.ContentTypeDefinition type, Core.Metadata.ContentDefinition definition, CancellationToken cancellationToken)
    {
        var ids = rules.PickedItemIds(item, type, definition);
        return ids.Count == 0
            ? new Dictionary<string, string>()
            : await db.ContentItems.AsNoTracking().Where(r => r.Latest && ids.Contains(r.ContentItemId))
                .ToDictionaryAsync(r => r.ContentItemId, r => r.ContentType, cancellationToken);
    }

    private Task<List<ContentItemRecord>> TrackedVersionsAsync(string contentItemId, CancellationToken cancellationToken)
        => db.ContentItems.Where(r => r.ContentItemId == contentItemId && (r.Latest || r.Published)).ToListAsync(cancellationToken);

    /// <summary>
    /// Clears the Latest (and, when publishing, Published) flag of the other versions first, then
    /// writes the version: two saves, so the unique indexes never see two flagged rows at once.
    /// </summary>
    private async Task<ContentItemRecord> WriteAsync(ContentItem item, ContentItemRecord? target, List<ContentItemRecord> versions, CancellationToken cancellationToken)
    {
        foreach (var other in versions.Where(v => v != target))
        {
            var keepPublished = other.Published && !item.Published;
            SetFlags(other, latest: false, published: keepPublished);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (target is null)
        {
            target = new ContentItemRecord();
            db.ContentItems.Add(target);
        }

        ContentRecordMapper.Fill(target, item, rules);
        await db.SaveChangesAsync(cancellationToken);
        await signal.SignalAsync(item.Published ? SiteChanges.PublishedContent : SiteChanges.Drafts, cancellationToken);
        return target;
    }

    private async Task RaiseAsync(ContentEvent contentEvent, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.HandleAsync(contentEvent, cancellationToken);
        }
    }

    private async Task EnsureRouteIsFreeAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var route = RoutePaths.Normalize(item.As<Core.ContentManagement.Parts.AutoroutePart>()?.Path);
        if (route is not null && (await routes.FindAsync([route], cancellationToken)).TryGetValue(route, out var owner) && owner.ContentItemId != item.ContentItemId)
        {
            throw new ContentValidationException([("AutoroutePart.Path", $"the route '/{route}' is already used by '{owner.DisplayText ?? owner.ContentItemId}'.")]);
        }
    }

    private async Task InTransactionAsync(Func<Task> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work();
            return;
        }

        await using var transaction = await session.BeginTransactionAsync(cancellationToken);
        await work();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The incoming item with what it left out taken from the latest version, to tell a real change from a re-import.</summary>
    private static ContentItem CompleteFromLatest(ContentItem incoming, ContentItemRecord? latest)
    {
        var candidate = incoming.Clone();
        candidate.Latest = true;
        if (latest is null)
        {
            return candidate;
        }

        candidate.ContentItemVersionId = NonEmpty(candidate.ContentItemVersionId) ?? latest.ContentItemVersionId;
        candidate.CreatedUtc ??= latest.CreatedUtc;
        candidate.ModifiedUtc ??= latest.ModifiedUtc;
        candidate.PublishedUtc ??= candidate.Published ? latest.PublishedUtc : null;
        return candidate;
    }

    private void SetFlags(ContentItemRecord record, bool latest, bool published)
    {
        if (record.Latest == latest && record.Published == published)
        {
            return;
        }

        var item = ContentRecordMapper.ToItem(record);
        item.Latest = latest;
        item.Published = published;
        ContentRecordMapper.Fill(record, item, rules);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
