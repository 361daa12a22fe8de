using System.Security.Claims;
using BananPark.Cms.Core.ContentManagement;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Identity.Services;

/// <summary>
/// The signed-in user of the current request, or the user who started the scope's background job; the system
/// when there is neither (setup, the scheduler).
/// </summary>
internal sealed class HttpContextActor(IHttpContextAccessor accessor, JobActor job) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => job.Origin is { } origin ? origin.UserId : User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => job.Origin?.UserName ?? User?.Identity?.Name ?? "system";
}
