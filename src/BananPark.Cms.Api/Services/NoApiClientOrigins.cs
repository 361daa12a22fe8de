using BananPark.Cms.Core.Security;

namespace BananPark.Cms.Api.Services;

/// <summary>The default when no capability registers API clients: no cross-origin caller is allowed.</summary>
public sealed class NoApiClientOrigins : IApiClientOrigins
{
    /// <inheritdoc />
    public Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
