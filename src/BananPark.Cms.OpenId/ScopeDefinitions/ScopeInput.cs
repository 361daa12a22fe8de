namespace BananPark.Cms.OpenId.ScopeDefinitions;

/// <summary>A scope as the scopes screen gives it (Orchard's names): what an application may ask for, and the audiences it grants.</summary>
public sealed class ScopeInput
{
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The audiences (resource servers) a token with this scope is issued for.</summary>
    public List<string> Resources { get; set; } = [];
}
