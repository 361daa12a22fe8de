using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Tenancy.Services;

/// <summary>First in the pipeline after error handling: every later service sees the request's tenant.</summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, TenantRegistry registry)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var tenant = registry.Match(context.Request.Host.Host, context.Request.Path.Value ?? "/");
        if (tenant is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        tenantContext.Tenant = tenant;
        return next(context);
    }
}
