using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Identity.Services;

/// <summary>The antiforgery check for endpoints that read their form themselves (sign-out, downloads).</summary>
public static class FormPosts
{
    /// <summary>
    /// True for a form post with a valid token. The middleware's verdict comes first (reading the form
    /// after a failed check throws); a post without a form, which the middleware does not check, is refused.
    /// </summary>
    public static async Task<bool> IsTrustedAsync(HttpContext context, IAntiforgery antiforgery)
        => context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: false }
            && context.Request.HasFormContentType
            && await antiforgery.IsRequestValidAsync(context);
}
