using System.Net;
using BananPark.Cms.Recipes;
using BananPark.Cms.Recipes.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Admin.Services.Importing;

/// <summary>
/// One limit for a recipe upload (<see cref="RecipesOptions.MaxUploadMegabytes"/>), applied to the upload's
/// request body (Kestrel's own default of about 28.6 MiB would otherwise answer a blank 400), to the form
/// reader and, on the import screen, to the file. A bigger upload gets <c>413</c> with a page that says the
/// limit. The body of an upload up to twice the limit is read and thrown away first, so the browser, still
/// sending, sees that page; a bigger one has its connection closed after the answer.
/// </summary>
public static class RecipeUploadLimit
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Before antiforgery, which reads the form.</summary>
    public static IApplicationBuilder UseCmsRecipeUploadLimit(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<RecipesOptions>>().Value;
        var limit = options.MaxUploadBytes + FormOverheadBytes;
        return app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.Equals(RecipeJobPages.ImportPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = 2 * limit;
            }

            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
            if (context.Request.ContentLength > limit)
            {
                await TooLargeAsync(context, options.MaxUploadBytes);
                return;
            }

            try
            {
                // Read here, so a body over the limit without a Content-Length fails here rather than in
                // antiforgery, which would take it for a missing token (400).
                if (context.Request.HasFormContentType)
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
            }
            catch (Exception e) when (e is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && !context.Response.HasStarted)
            {
                await TooLargeAsync(context, options.MaxUploadBytes);
                return;
            }

            await next(context);
        });
    }

    private static async Task TooLargeAsync(HttpContext context, long maxBytes)
    {
        try
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }
        catch (BadHttpRequestException)
        {
            // More than twice the limit: answered all the same, the connection then closes.
        }

        context.Response.Clear();
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var message = WebUtility.HtmlEncode(char.ToUpperInvariant(RecipeReader.TooLarge(maxBytes)[0]) + RecipeReader.TooLarge(maxBytes)[1..]);
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex"><title>Recipe too large · Banan Park CMS</title></head>
            <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1d2733">
            <main><h1>The recipe was not uploaded</h1>
            <p role="alert">{message} Nothing was checked or changed.</p>
            <p><a href="{RecipeJobPages.ImportPath}">Back to Import a recipe</a></p></main></body></html>
            """, context.RequestAborted);
    }
}
