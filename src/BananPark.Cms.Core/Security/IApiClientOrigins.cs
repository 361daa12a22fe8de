namespace BananPark.Cms.Core.Security;

/// <summary>
/// The browser origins the tenant's registered API clients (OpenID Connect applications) allow for CORS.
/// The content API asks it for each cross-origin request; the OpenID capability answers from its applications.
/// </summary>
public interface IApiClientOrigins
{
    /// <summary>True when some application of the tenant lists <paramref name="origin"/> (scheme://host[:port]) as an allowed CORS origin.</summary>
    /// <param name="origin">The request's <c>Origin</c> header, as sent.</param>
    /// <param name="cancellationToken">Ends the lookup.</param>
    Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken = default);
}
