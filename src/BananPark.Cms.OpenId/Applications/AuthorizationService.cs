using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BananPark.Cms.OpenId.Applications;

/// <summary>One grant a user gave an application, as the applications screen lists it.</summary>
public sealed record GrantRow(string Id, string Subject, string Status, DateTimeOffset? CreatedUtc, IReadOnlyList<string> Scopes);

/// <summary>The grants (authorizations) users gave an application, and revoking them with every token they produced.</summary>
public sealed class AuthorizationService(IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens)
{
    public async Task<IReadOnlyList<GrantRow>> ListAsync(string clientId, CancellationToken cancellationToken = default)
    {
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        var rows = new List<GrantRow>();
        if (application is null)
        {
            return rows;
        }

        var id = await applications.GetIdAsync(application, cancellationToken);
        await foreach (var authorization in authorizations.FindByApplicationIdAsync(id!, cancellationToken))
        {
            rows.Add(new GrantRow(
                await authorizations.GetIdAsync(authorization, cancellationToken) ?? "",
                await authorizations.GetSubjectAsync(authorization, cancellationToken) ?? "",
                await authorizations.GetStatusAsync(authorization, cancellationToken) ?? "",
                await authorizations.GetCreationDateAsync(authorization, cancellationToken),
                [.. await authorizations.GetScopesAsync(authorization, cancellationToken)]));
        }

        return [.. rows.OrderByDescending(r => r.CreatedUtc)];
    }

    /// <summary>
    /// Revokes the authorization and, at once, every token issued under it (access and refresh). Entry validation
    /// would refuse them anyway; marking them too keeps introspection truthful. False when there is no such grant.
    /// </summary>
    public async Task<bool> RevokeAsync(string authorizationId, CancellationToken cancellationToken = default)
    {
        var authorization = await authorizations.FindByIdAsync(authorizationId, cancellationToken);
        if (authorization is null)
        {
            return false;
        }

        await authorizations.TryRevokeAsync(authorization, cancellationToken);
        await tokens.RevokeByAuthorizationIdAsync(authorizationId, cancellationToken);
        return true;
    }

    /// <summary>Revokes every valid grant of a user (e.g. when an administrator disables the account).</summary>
    public async Task<int> RevokeForSubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        var ids = new List<string>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(subject, cancellationToken))
        {
            if (await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken))
            {
                ids.Add((await authorizations.GetIdAsync(authorization, cancellationToken))!);
            }
        }

        foreach (var id in ids)
        {
            await RevokeAsync(id, cancellationToken);
        }

        return ids.Count;
    }
}
