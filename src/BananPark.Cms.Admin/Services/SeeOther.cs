using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Admin.Services;

/// <summary>
/// Answers a form post with <c>303 See Other</c>: the browser GETs the given path, and reloading that page
/// never posts the form again. (NavigationManager.NavigateTo answers 302 during server rendering.) The page renders
/// no content of its own after calling it.
/// </summary>
public static class SeeOther
{
    public static void Redirect(HttpContext context, string path)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = path;
        context.Response.Headers.CacheControl = "no-store";
    }
}
