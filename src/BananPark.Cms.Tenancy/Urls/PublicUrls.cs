using BananPark.Cms.Core.Tenancy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Tenancy.Urls;

/// <summary><see cref="IPublicUrls"/>: the configured base, else the request's (which, behind a trusted proxy, is the browser's).</summary>
internal sealed class PublicUrls(IOptions<PublicUrlOptions> options, IHttpContextAccessor http) : IPublicUrls
{
    private readonly string? _configured = string.IsNullOrWhiteSpace(options.Value.PublicUrl) ? null : options.Value.PublicUrl.Trim().TrimEnd('/') + "/";

    public string? Base => _configured
        ?? (http.HttpContext?.Request is { Host.HasValue: true } request ? $"{request.Scheme}://{request.Host}{request.PathBase}/" : null);

    public string Absolute(string path) => (Base ?? "/") + path.TrimStart('/');

    /// <summary>Fails the start with one line when <c>Cms:PublicUrl</c> is not an absolute http(s) URL.</summary>
    internal sealed class Validation : IValidateOptions<PublicUrlOptions>
    {
        public ValidateOptionsResult Validate(string? name, PublicUrlOptions options)
            => options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
