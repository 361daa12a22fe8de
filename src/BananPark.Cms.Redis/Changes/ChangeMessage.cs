using System.Text.Json;
using System.Text.Json.Serialization;
using BananPark.Cms.Core.Data;

namespace BananPark.Cms.Redis.Changes;

/// <summary>A committed change as it travels between nodes: who sent it, for which tenant, what changed.</summary>
internal sealed record ChangeMessage(
    [property: JsonPropertyName("node")] string Node,
    [property: JsonPropertyName("tenant")] string Tenant,
    [property: JsonPropertyName("changes")] SiteChanges Changes)
{
    /// <summary>The channel's name under the instance prefix.</summary>
    public const string Channel = "site-changes";

    public string Write() => JsonSerializer.Serialize(this);

    /// <summary>The message, or null for anything that is not one (never throws on what arrives).</summary>
    public static ChangeMessage? Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ChangeMessage>(text) is { Node.Length: > 0, Tenant.Length: > 0 } message ? message : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
