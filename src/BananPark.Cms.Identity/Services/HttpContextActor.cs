using System.Security.Claims;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Identity.Services;

/// <summary>The signed-in user of the current request; the system when there is none (setup, background jobs).</summary>
internal sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => User?.Identity?.Name ?? "system";
}
