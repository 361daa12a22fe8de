using System.Collections.Concurrent;
using BananPark.Cms.Core.Metadata;

namespace BananPark.Cms.Content.Services;

/// <summary>
/// Committed definitions per tenant, so pages never read definitions from the database.
/// Entries are replaced only after a change commits.
/// </summary>
internal sealed class ContentDefinitionCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ContentDefinition>>> _entries = new(StringComparer.Ordinal);

    public Task<ContentDefinition> GetOrLoadAsync(string tenant, Func<Task<ContentDefinition>> load)
        => _entries.GetOrAdd(tenant, _ => new Lazy<Task<ContentDefinition>>(load)).Value;

    public void Set(string tenant, ContentDefinition definition)
        => _entries[tenant] = new Lazy<Task<ContentDefinition>>(Task.FromResult(definition));

    public void Invalidate(string tenant) => _entries.TryRemove(tenant, out _);
}
