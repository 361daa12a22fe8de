using System.Text.Json;
using System.Text.Json.Nodes;
using BananPark.Cms.Core.Data;

namespace BananPark.Cms.OpenId.Settings;

/// <summary>Reads and saves <see cref="OpenIdServerSettings"/> as the tenant's <c>OpenIdServerSettings</c> document.</summary>
public sealed class ServerSettingsStore(IDocumentStore documents)
{
    public const string DocumentName = "OpenIdServerSettings";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public async Task<OpenIdServerSettings> GetAsync(CancellationToken cancellationToken = default)
        => await documents.GetAsync(DocumentName, cancellationToken) is { } document
            ? document.Deserialize<OpenIdServerSettings>(Json) ?? new OpenIdServerSettings()
            : new OpenIdServerSettings();

    /// <summary>Saves valid settings; throws <see cref="ArgumentException"/> naming what is out of range.</summary>
    public Task SaveAsync(OpenIdServerSettings settings, CancellationToken cancellationToken = default)
    {
        var problems = settings.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(settings));
        }

        return documents.SaveAsync(DocumentName, (JsonObject)JsonSerializer.SerializeToNode(settings, Json)!, cancellationToken);
    }
}
