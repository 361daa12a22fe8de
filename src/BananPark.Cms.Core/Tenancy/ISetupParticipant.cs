namespace BananPark.Cms.Core.Tenancy;

/// <summary>
/// Takes part in a tenant's first setup, around the setup recipe's import. Everything happens in one
/// transaction of the tenant's store (the participants, the recipe, the tenant's setup record): a failure
/// anywhere rolls all of it back, so a half-set-up tenant never exists.
/// </summary>
public interface ISetupParticipant
{
    /// <summary>In the setup transaction, before the recipe runs; may add recipe parameters (e.g. <c>AdminUserId</c>).</summary>
    Task BeforeRecipeAsync(SetupContext context, CancellationToken cancellationToken);

    /// <summary>
    /// In the same transaction, after the recipe ran (e.g. to give the first user the Administrator role).
    /// Nothing is committed yet: what must only happen once setup is final goes in
    /// <see cref="Data.IStoreSession.AfterCommitAsync"/>.
    /// </summary>
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
