namespace BananPark.Cms.OpenId.Settings;

/// <summary>The tenant's server settings (the <c>OpenIdServerSettings</c> step, the Server settings screen).</summary>
public sealed record OpenIdServerSettings
{
    public bool AllowAuthorizationCodeFlow { get; init; } = true;

    public bool AllowClientCredentialsFlow { get; init; } = true;

    public bool AllowRefreshTokenFlow { get; init; } = true;

    /// <summary>Access tokens live this long; 1 hour.</summary>
    public TimeSpan AccessTokenLifetime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Authorization codes live this long; 5 minutes.</summary>
    public TimeSpan AuthorizationCodeLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Identity tokens live this long; 20 minutes.</summary>
    public TimeSpan IdentityTokenLifetime { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Refresh tokens live this long (each use gives a new one: rolling); 14 days.</summary>
    public TimeSpan RefreshTokenLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>The shortest and longest lifetime the screen and the step accept.</summary>
    public static readonly TimeSpan MinimumLifetime = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan MaximumLifetime = TimeSpan.FromDays(365);

    /// <summary>Lifetimes out of range, by name; empty when the settings are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        Check(nameof(AccessTokenLifetime), AccessTokenLifetime, TimeSpan.FromDays(1));
        Check(nameof(AuthorizationCodeLifetime), AuthorizationCodeLifetime, TimeSpan.FromHours(1));
        Check(nameof(IdentityTokenLifetime), IdentityTokenLifetime, TimeSpan.FromDays(1));
        Check(nameof(RefreshTokenLifetime), RefreshTokenLifetime, MaximumLifetime);
        return problems;

        void Check(string name, TimeSpan value, TimeSpan maximum)
        {
            if (value < MinimumLifetime || value > maximum)
            {
                problems.Add($"{name} must be between {MinimumLifetime} and {maximum}.");
            }
        }
    }
}
