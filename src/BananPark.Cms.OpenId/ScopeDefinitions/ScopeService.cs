using BananPark.Cms.OpenId.Applications;
using OpenIddict.Abstractions;

namespace BananPark.Cms.OpenId.ScopeDefinitions;

/// <summary>The outcome of a scope write: the problems by field; empty when it was saved.</summary>
public sealed record ScopeResult(IReadOnlyDictionary<string, string> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// The tenant's own scopes (rows of OpenIddict's scope store). The built-in ones (openid, profile, email, roles,
/// offline_access and api, whose audience is the content API) are not rows and cannot be changed here.
/// A scope an application may ask for is not deleted: the application is changed first.
/// </summary>
public sealed class ScopeService(IOpenIddictScopeManager scopes, ApplicationService applications)
{
    public async Task<IReadOnlyList<ScopeInput>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<ScopeInput>();
        await foreach (var scope in scopes.ListAsync(count: null, offset: null, cancellationToken))
        {
            list.Add(await ReadAsync(scope, cancellationToken));
        }

        return [.. list.OrderBy(s => s.Name, StringComparer.Ordinal)];
    }

    public async Task<ScopeInput?> FindAsync(string name, CancellationToken cancellationToken = default)
        => await scopes.FindByNameAsync(name, cancellationToken) is { } scope ? await ReadAsync(scope, cancellationToken) : null;

    public async Task<ScopeResult> CreateAsync(ScopeInput input, CancellationToken cancellationToken = default)
    {
        var problems = ScopeRules.Check(input);
        if (!problems.ContainsKey(nameof(input.Name)) && await scopes.FindByNameAsync(input.Name, cancellationToken) is not null)
        {
            problems[nameof(input.Name)] = "A scope with this name exists.";
        }

        if (problems.Count == 0)
        {
            await scopes.CreateAsync(Build(input), cancellationToken);
        }

        return new ScopeResult(problems);
    }

    /// <summary>Changes the scope's texts and audiences; its name stays (applications refer to it).</summary>
    public async Task<ScopeResult> UpdateAsync(ScopeInput input, CancellationToken cancellationToken = default)
    {
        var problems = ScopeRules.Check(input);
        var scope = await scopes.FindByNameAsync(input.Name, cancellationToken);
        if (scope is null)
        {
            problems[nameof(input.Name)] = "There is no scope with this name.";
            return new ScopeResult(problems);
        }

        if (problems.Count == 0)
        {
            await scopes.PopulateAsync(scope, Build(input), cancellationToken);
            await scopes.UpdateAsync(scope, cancellationToken);
        }

        return new ScopeResult(problems);
    }

    /// <summary>Deletes the scope, unless an application may ask for it (the problem names them).</summary>
    public async Task<ScopeResult> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var scope = await scopes.FindByNameAsync(name, cancellationToken);
        if (scope is null)
        {
            problems[nameof(ScopeInput.Name)] = "There is no scope with this name.";
            return new ScopeResult(problems);
        }

        var users = (await applications.ListAsync(cancellationToken)).Where(a => a.Scopes.Contains(name, StringComparer.Ordinal)).Select(a => a.ClientId).ToList();
        if (users.Count > 0)
        {
            problems[nameof(ScopeInput.Name)] = $"Applications may ask for this scope ({string.Join(", ", users)}): take it off them first.";
            return new ScopeResult(problems);
        }

        await scopes.DeleteAsync(scope, cancellationToken);
        return new ScopeResult(problems);
    }

    private static OpenIddictScopeDescriptor Build(ScopeInput input)
    {
        var descriptor = new OpenIddictScopeDescriptor
        {
            Name = input.Name,
            DisplayName = input.DisplayName.Length == 0 ? null : input.DisplayName,
            Description = input.Description.Length == 0 ? null : input.Description,
        };
        descriptor.Resources.UnionWith(input.Resources);
        return descriptor;
    }

    private async Task<ScopeInput> ReadAsync(object scope, CancellationToken cancellationToken) => new()
    {
        Name = await scopes.GetNameAsync(scope, cancellationToken) ?? "",
        DisplayName = await scopes.GetDisplayNameAsync(scope, cancellationToken) ?? "",
        Description = await scopes.GetDescriptionAsync(scope, cancellationToken) ?? "",
        Resources = [.. (await scopes.GetResourcesAsync(scope, cancellationToken)).Order(StringComparer.Ordinal)],
    };
}
