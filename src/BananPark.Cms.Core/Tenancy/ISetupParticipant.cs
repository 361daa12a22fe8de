namespace BananPark.Cms.Core.Tenancy;

/// <summary>Takes part in a tenant's first setup, around the setup recipe's import.</summary>
public interface ISetupParticipant
{
    /// <summary>Before the recipe runs; may add recipe parameters (e.g. <c>AdminUserId</c>).</summary>
    Task BeforeRecipeAsync(SetupContext context, CancellationToken cancellationToken);

    /// <summary>After the recipe committed (e.g. to give the first user the Administrator role).</summary>
    Task AfterRecipeAsync(SetupContext context, CancellationToken cancellationToken);
}

/// <summary>What setup participants share.</summary>
public sealed class SetupContext
{
    /// <summary>The tenant being set up.</summary>
    public required TenantSettings Tenant { get; init; }

    /// <summary>Parameters the recipe reads with <c>parameters('…')</c>.</summary>
    public Dictionary<string, string> Parameters { get; } = new(StringComparer.Ordinal);
}
