using System.Collections.Immutable;
using System.Text.Json;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>What the site keeps on an OpenIddict application beside OpenIddict's own columns: its roles and CORS origins.</summary>
public static class ApplicationProperties
{
    /// <summary>The roles a client-credentials token of the application acts with (Orchard's <c>RoleEntries</c>).</summary>
    public const string Roles = "cms_roles";

    /// <summary>The browser origins (scheme://host[:port]) the content API allows for the application.</summary>
    public const string CorsOrigins = "cms_cors_origins";

    public static IReadOnlyList<string> Read(ImmutableDictionary<string, JsonElement> properties, string name)
        => properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)]
            : [];

    public static void Write(OpenIddictApplicationDescriptor descriptor, string name, IEnumerable<string> values)
        => descriptor.Properties[name] = JsonSerializer.SerializeToElement(values.ToArray());
}
