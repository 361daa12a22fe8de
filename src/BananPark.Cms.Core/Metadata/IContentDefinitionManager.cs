namespace BananPark.Cms.Core.Metadata;

/// <summary>
/// The current tenant's type and part definitions. Reads come from an in-memory cache that
/// is refreshed when a change commits; within one unit of work, uncommitted changes are seen.
/// </summary>
public interface IContentDefinitionManager
{
    /// <summary>All definitions. Treat the result as read-only; change it through <see cref="SaveAsync"/>.</summary>
    Task<ContentDefinition> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>One type, or null.</summary>
    async Task<ContentTypeDefinition?> GetTypeAsync(string name, CancellationToken cancellationToken = default)
        => (await GetAsync(cancellationToken)).FindType(name);

    /// <summary>Stores the whole definition document.</summary>
    Task SaveAsync(ContentDefinition definition, CancellationToken cancellationToken = default);
}
