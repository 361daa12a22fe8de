namespace BananPark.Cms.Tenancy.Setup;

/// <summary>Stored once a tenant is set up, so a restart does not import the recipe again.</summary>
public sealed class TenantState
{
    internal const string DocumentName = "TenantState";

    public string? Recipe { get; set; }

    public DateTime SetupUtc { get; set; }
}
