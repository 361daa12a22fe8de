using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Metadata;
using BananPark.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// What items of a type still store under its own part without a field defining it (a removed
/// field's values), read from the JSON of the type's version rows; and the purge that removes such
/// a property from every version. Scans read the rows one by one; a purge loads the rows holding
/// the property and changes them in one transaction.
/// </summary>
public sealed class StoredFieldData(CmsDbContext db, IContentDefinitionManager definitions, IStoreSession session, IChangeSignal signal, ContentRules rules)
{
    /// <summary>Properties found in the latest and published versions that no field of the type's own part names, A to Z.</summary>
    public async Task<IReadOnlyList<RemovedFieldData>> FindRemovedAsync(string typeName, CancellationToken cancellationToken = default)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(typeName) is not { } type)
        {
            return [];
        }

        var own = OwnPart.Of(definition, type);
        var defined = own.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var found = new SortedDictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var rows = db.ContentItems.AsNoTracking().Where(r => r.ContentType == typeName && (r.Latest || r.Published)).Select(r => new { r.ContentItemId, r.Json });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            foreach (var name in PropertiesOf(row.Json, own.PropertyName).Where(n => !defined.Contains(n)))
            {
                if (!found.TryGetValue(name, out var items))
                {
                    found[name] = items = new HashSet<string>(StringComparer.Ordinal);
                }

                items.Add(row.ContentItemId);
            }
        }

        return found.Select(x => new RemovedFieldData(x.Key, x.Value.Count)).ToList();
    }

    /// <summary>How many items and versions (all of them, old ones included) a purge of <paramref name="property"/> would change.</summary>
    public async Task<PurgeResult> CountAsync(string typeName, string property, CancellationToken cancellationToken = default)
    {
        var (error, partName) = await PurgeTargetAsync(typeName, property, cancellationToken);
        if (error is not null)
        {
            return PurgeResult.Fail(error);
        }

        var items = new HashSet<string>(StringComparer.Ordinal);
        var versions = 0;
        var rows = Candidates(typeName, property).AsNoTracking().Select(r => new { r.ContentItemId, r.Json });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (PropertiesOf(row.Json, partName).Contains(property, StringComparer.Ordinal))
            {
                versions++;
                items.Add(row.ContentItemId);
            }
        }

        return new PurgeResult([], items.Count, versions);
    }

    /// <summary>
    /// Removes <paramref name="property"/> from the type's own part in every version of every item of
    /// the type, in one transaction; refused while a field of that name is defined.
    /// </summary>
    public async Task<PurgeResult> PurgeAsync(string typeName, string property, CancellationToken cancellationToken = default)
    {
        var (error, partName) = await PurgeTargetAsync(typeName, property, cancellationToken);
        if (error is not null)
        {
            return PurgeResult.Fail(error);
        }

        var items = new HashSet<string>(StringComparer.Ordinal);
        var versions = 0;
        var transaction = db.Database.CurrentTransaction is null ? await session.BeginTransactionAsync(cancellationToken) : null;
        await using (transaction)
        {
            foreach (var row in await Candidates(typeName, property).ToListAsync(cancellationToken))
            {
                var item = ContentRecordMapper.ToItem(row);
                if (item.Content[partName] is JsonObject part && part.Remove(property))
                {
                    ContentRecordMapper.Fill(row, item, rules);
                    versions++;
                    items.Add(row.ContentItemId);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            if (versions > 0)
            {
                await signal.SignalAsync(SiteChanges.PublishedContent | SiteChanges.Drafts, cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }

        return new PurgeResult([], items.Count, versions);
    }

    /// <summary>
    /// Before a field is added: how many items hold values under its name in their latest or published
    /// version, and a problem when one of those values does not have the shape of <paramref name="kind"/>.
    /// </summary>
    internal async Task<(int Items, string? Problem)> CheckValuesAsync(string typeName, string partName, string property, string kind, CancellationToken cancellationToken)
    {
        var items = new HashSet<string>(StringComparer.Ordinal);
        var shape = rules.Kinds.Field(kind)?.Shape;
        var rows = Candidates(typeName, property).AsNoTracking().Where(r => r.Latest || r.Published).Select(r => new { r.ContentItemId, r.Json });
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (JsonNode.Parse(row.Json)?[partName] is not JsonObject part || !part.ContainsKey(property))
            {
                continue;
            }

            items.Add(row.ContentItemId);
            if (shape is not null && Misfit(shape, part[property], $"{partName}.{property}") is { } message)
            {
                return (items.Count, $"Items still hold values under '{property}' that do not fit a {kind} ({message}). Purge them first, or choose another name.");
            }
        }

        return (items.Count, null);
    }

    /// <summary>Why a stored value is not of the kind's shape: a wrong value, or an object none of whose properties the kind has (another kind's value).</summary>
    private static string? Misfit(IReadOnlyDictionary<string, ValueShape> shape, JsonNode? value, string path)
    {
        if (ValueShapes.Validate(shape, value, path).FirstOrDefault() is { Message: { } message })
        {
            return message;
        }

        return value is JsonObject json && json.Count > 0 && !json.Any(p => shape.Keys.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            ? $"{path} has {string.Join(", ", json.Select(p => p.Key))}, not {string.Join(" or ", shape.Keys)}"
            : null;
    }

    private IQueryable<Data.Entities.ContentItemRecord> Candidates(string typeName, string property)
    {
        var rows = db.ContentItems.Where(r => r.ContentType == typeName);
        // A cheap text filter first; names with characters JSON escapes are checked on the parsed JSON only.
        return DefinitionNames.Problem(property, "field") is null ? rows.Where(r => r.Json.Contains("\"" + property + "\"")) : rows;
    }

    /// <summary>The property under which items store the type's own part, or why <paramref name="property"/> cannot be purged.</summary>
    private async Task<(string? Error, string PartName)> PurgeTargetAsync(string typeName, string property, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(cancellationToken);
        if (definition.FindType(typeName) is not { } type)
        {
            return ($"There is no content type '{typeName}'.", "");
        }

        var own = OwnPart.Of(definition, type);
        return own.FindField(property) is { } field
            ? ($"'{field.Name}' is a field of '{type.Name}': remove the field first, then purge its stored values.", own.PropertyName)
            : (null, own.PropertyName);
    }

    private static List<string> PropertiesOf(string json, string partName)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || !document.RootElement.TryGetProperty(partName, out var part) || part.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        return part.EnumerateObject().Select(p => p.Name).ToList();
    }
}
