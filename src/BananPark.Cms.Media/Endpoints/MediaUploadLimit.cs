using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Media.Endpoints;

/// <summary>
/// Before antiforgery reads the form of <c>POST /admin/media/upload</c>: each file at most <c>MaxUploadMegabytes</c>
/// (the form reader stops there) and the request at most five of them, answered with a 413 and a JSON message an
/// editor can read, not a connection reset or a 400 that blames the token.
/// </summary>
public static class MediaUploadLimit
{
    /// <summary>Files of the largest size one request may carry.</summary>
    public const int FilesPerRequestAtMaxSize = 5;

    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Adds the limit; call before <c>UseAntiforgery</c>.</summary>
    public static IApplicationBuilder UseCmsMediaUploadLimit(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<MediaOptions>>().Value;
        var fileLimit = options.MaxUploadBytes + FormOverheadBytes;
        var requestLimit = (options.MaxUploadBytes * FilesPerRequestAtMaxSize) + FormOverheadBytes;
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(MediaAdminEndpoints.UploadPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = requestLimit;
            }

            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = fileLimit, ValueCountLimit = 64 }));
            if (context.Request.ContentLength > requestLimit)
            {
                await TooLargeAsync(context, options.MaxUploadMegabytes);
                return;
            }

            try
            {
                if (context.Request.HasFormContentType)
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && !context.Response.HasStarted)
            {
                await TooLargeAsync(context, options.MaxUploadMegabytes);
                return;
            }

            await next(context);
        });
    }

    private static async Task TooLargeAsync(HttpContext context, int megabytes)
    {
        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.Headers.CacheControl = "no-store";
        // The connection closes after this answer: the rest of the body is never read.
        context.Response.Headers.Connection = "close";
        await context.Response.WriteAsJsonAsync(new { code = "TooLarge", message = $"A file may be at most {megabytes} MB; nothing was uploaded." }, context.RequestAborted);
    }
}
