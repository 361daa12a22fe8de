namespace BananPark.Cms.OpenId;

/// <summary>Settings of the OpenID Connect server, bound from <c>Cms:OpenId</c>.</summary>
public sealed class OpenIdOptions
{
    /// <summary>Refuse the <c>/connect</c> endpoints over plain HTTP (behind a proxy: its forwarded scheme). Off only for local runs and tests.</summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>How long a signing or encryption key signs or encrypts new tokens before the next one takes over; 90 days.</summary>
    public TimeSpan KeyRotationInterval { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long a new key is only published before it is used, so every node has loaded it; 2 days (nodes reload hourly).</summary>
    public TimeSpan KeyActivationDelay { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a key is kept after it stopped being used: longer than any token it protected lives; 30 days.</summary>
    public TimeSpan KeyRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often expired tokens and authorizations are pruned and keys rotated; hourly.</summary>
    public TimeSpan MaintenanceInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Tokens and authorizations younger than this are never pruned, even when expired or revoked; 1 day.</summary>
    public TimeSpan PruneMinimumAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many tokens (then authorizations) one delete statement of a pruning pass removes; 1,000.</summary>
    public int PruneBatchSize { get; set; } = 1_000;
}
