using System.Security.Cryptography;
using BananPark.Cms.Core.Data;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Identity.Data;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>The outcome of a write: the problems by field, or the secret to show once (null when none was made).</summary>
public sealed record ApplicationResult(IReadOnlyDictionary<string, string> Problems, string? Secret = null)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Registers, changes and removes the tenant's applications. A confidential application's secret is generated here
/// (or given by a recipe), returned once and stored hashed by OpenIddict; it can be replaced, never read back.
/// </summary>
public sealed class ApplicationService(
    IOpenIddictApplicationManager applications,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOpenIddictScopeManager scopes,
    RoleManager<CmsRole> roles,
    ClientDirectory directory,
    IChangeSignal changes,
    ITenantContext tenant)
{
    public async Task<IReadOnlyList<ApplicationInput>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ApplicationInput>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            list.Add(await ApplicationDescriptors.ReadAsync(applications, application, cancellationToken));
        }

        return [.. list.OrderBy(a => a.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<ApplicationInput?> FindAsync(string clientId, CancellationToken cancellationToken = default)
        => await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? await ApplicationDescriptors.ReadAsync(applications, application, cancellationToken)
            : null;

    /// <summary>Registers a new application; a confidential one gets <paramref name="secret"/> or a generated one, returned once.</summary>
    public async Task<ApplicationResult> CreateAsync(ApplicationInput input, string? secret = null, CancellationToken cancellationToken = default)
    {
        var problems = await CheckAsync(input, cancellationToken);
        if (await applications.FindByClientIdAsync(input.ClientId, cancellationToken) is not null)
        {
            problems[nameof(input.ClientId)] = "An application with this client id exists.";
        }

        if (secret is not null && (input.Type == ApplicationInput.Public || secret.Length < 16))
        {
            problems["ClientSecret"] = input.Type == ApplicationInput.Public ? "A public application has no secret." : "A secret has at least 16 characters.";
        }

        if (problems.Count > 0)
        {
            return new ApplicationResult(problems);
        }

        var descriptor = ApplicationDescriptors.Build(input);
        var shown = input.Type == ApplicationInput.Confidential ? secret ?? NewSecret() : null;
        descriptor.ClientSecret = shown;
        await applications.CreateAsync(descriptor, cancellationToken);
        await ChangedAsync(cancellationToken);
        return new ApplicationResult(problems, secret is null ? shown : null);
    }

    /// <summary>Changes an application (its secret stays, unless a recipe gives a new one).</summary>
    public async Task<ApplicationResult> UpdateAsync(ApplicationInput input, string? secret = null, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(input.ClientId, cancellationToken);
        var problems = await CheckAsync(input, cancellationToken);
        if (application is null)
        {
            problems[nameof(input.ClientId)] = "There is no application with this client id.";
            return new ApplicationResult(problems);
        }

        var wasPublic = await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Public, cancellationToken);
        if (wasPublic && input.Type == ApplicationInput.Confidential && secret is null)
        {
            problems[nameof(input.Type)] = "A public application becomes confidential with a new secret: delete it and register it again.";
        }

        if (problems.Count > 0)
        {
            return new ApplicationResult(problems);
        }

        // The stored (hashed) secret is carried over as it is, unless a new one is given (hashed by OpenIddict).
        var stored = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(stored, application, cancellationToken);
        var descriptor = ApplicationDescriptors.Build(input);
        descriptor.ClientSecret = input.Type == ApplicationInput.Confidential ? stored.ClientSecret : null;
        await applications.PopulateAsync(application, descriptor, cancellationToken);
        if (input.Type == ApplicationInput.Confidential && secret is not null)
        {
            await applications.UpdateAsync(application, secret, cancellationToken);
        }
        else
        {
            await applications.UpdateAsync(application, cancellationToken);
        }
        await ChangedAsync(cancellationToken);
        return new ApplicationResult(problems);
    }

    /// <summary>Replaces a confidential application's secret; the new one is returned once.</summary>
    public async Task<string?> NewSecretAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null || !await applications.HasClientTypeAsync(application, OpenIddictConstants.ClientTypes.Confidential, cancellationToken))
        {
            return null;
        }

        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        return secret;
    }

    /// <summary>Removes the application, its authorizations and every token it was issued.</summary>
    public async Task<bool> DeleteAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        if (application is null)
        {
            return false;
        }

        var id = await applications.GetIdAsync(application, cancellationToken);
        await foreach (var token in tokens.FindByApplicationIdAsync(id!, cancellationToken))
        {
            await tokens.DeleteAsync(token, cancellationToken);
        }

        await foreach (var authorization in authorizations.FindByApplicationIdAsync(id!, cancellationToken))
        {
            await authorizations.DeleteAsync(authorization, cancellationToken);
        }

        await applications.DeleteAsync(application, cancellationToken);
        await ChangedAsync(cancellationToken);
        return true;
    }

    private async Task<Dictionary<string, string>> CheckAsync(ApplicationInput input, CancellationToken cancellationToken)
    {
        var problems = ApplicationRules.Check(input);
        var missingRole = input.Roles.FirstOrDefault(r => roles.Roles.All(x => x.Name != r));
        if (missingRole is not null)
        {
            problems[nameof(input.Roles)] = $"There is no role '{missingRole}'.";
        }

        foreach (var scope in input.Scopes.Where(s => !ApplicationDescriptors.BuiltInScopes.Contains(s)))
        {
            if (await scopes.FindByNameAsync(scope, cancellationToken) is null)
            {
                problems[nameof(input.Scopes)] = $"There is no scope '{scope}'.";
            }
        }

        return problems;
    }

    private async Task ChangedAsync(CancellationToken cancellationToken)
    {
        directory.Evict(tenant.Tenant.Name);
        await changes.SignalAsync(SiteChanges.Permissions, cancellationToken);
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
