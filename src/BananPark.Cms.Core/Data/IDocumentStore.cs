using System.Text.Json.Nodes;

namespace BananPark.Cms.Core.Data;

/// <summary>Named JSON documents of the tenant (content definitions, site settings, theme choice, tenant state).</summary>
public interface IDocumentStore
{
    /// <summary>The document, or null when never saved.</summary>
    Task<JsonObject?> GetAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the document.</summary>
    Task SaveAsync(string name, JsonObject document, CancellationToken cancellationToken = default);
}
