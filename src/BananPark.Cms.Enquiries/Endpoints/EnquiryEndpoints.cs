using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Enquiries.Services;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary>
/// <c>POST /enquiries</c>: an investor's enquiry from the form on a page. In order: the size limit (413, nothing read),
/// the per-address rate limit (429, the form shown again with what was typed), antiforgery and the form's signed stamp
/// (missing or stale: the form shown again to be sent anew), the honeypot and the minimum fill time (a robot: stored
/// as spam, thanked, not mailed), then each field (the form again with what was typed and what is wrong). A good one is
/// stored with its mails in one transaction before anything else, and answered with its reference.
/// <c>GET /enquiries/token</c> gives a cached page's form its antiforgery token and stamp (never cached).
/// </summary>
public static class EnquiryEndpoints
{
    public const string Path = "/enquiries";
    public const string TokenPath = "/enquiries/token";
    public const string AntiforgeryField = "__RequestVerificationToken";

    public static IEndpointRouteBuilder MapEnquiryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Antiforgery is checked in the handler (IAntiforgery), so a failed check shows the form again instead of a bare 400.
        endpoints.MapPost(Path, SubmitAsync).DisableAntiforgery().WithName("SubmitEnquiry");
        endpoints.MapGet(TokenPath, Token).WithName("EnquiryToken");
        return endpoints;
    }

    private static IResult Token(HttpContext http, IAntiforgery antiforgery, FormStamp stamps)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new { field = tokens.FormFieldName, token = tokens.RequestToken, stamp = stamps.Issue() });
    }

    private static async Task<IResult> SubmitAsync(
        HttpContext http, IAntiforgery antiforgery, FormStamp stamps, EnquiryGuards guards, EnquiryFormData data, EnquiryPages pages,
        IPublishedContent published, EnquiryIntake intake, IOptions<EnquiriesOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (http.Request.ContentLength > settings.MaxRequestBytes)
        {
            return await TooLargeAsync(pages, settings, cancellationToken);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = settings.MaxRequestBytes;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(new FormOptions
            {
                ValueLengthLimit = settings.MaxRequestBytes,
                MultipartBodyLengthLimit = settings.MaxRequestBytes,
                ValueCountLimit = 64,
                BufferBodyLengthLimit = settings.MaxRequestBytes,
            }, cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return await TooLargeAsync(pages, settings, cancellationToken);
        }

        var input = EnquiryInput.From(form);
        if (!await guards.AllowAsync(http, cancellationToken))
        {
            var limited = input.ItemId.Length is > 0 and <= 26 ? await published.GetAsync(input.ItemId, cancellationToken) : null;
            return limited is null
                ? await pages.ProblemAsync("Too many enquiries", "You have sent several enquiries in the last minute. Wait a minute, then send yours again.", StatusCodes.Status429TooManyRequests, cancellationToken)
                : await AgainAsync(http, antiforgery, stamps, pages, await data.StateAsync(limited, cancellationToken) with
                {
                    Input = input,
                    Problem = "You have sent several enquiries in the last minute. Wait a minute, then send this one again: what you typed is still here.",
                }, StatusCodes.Status429TooManyRequests, cancellationToken);
        }

        var result = await intake.ReceiveAsync(input, await antiforgery.IsRequestValidAsync(http), guards.AddressHash(http), cancellationToken);
        return result.Outcome switch
        {
            IntakeOutcome.Stored => await pages.ThanksAsync(result.Enquiry!, result.Source!.DisplayText ?? "", result.Source.Url ?? "/", cancellationToken),
            IntakeOutcome.SourceMissing => await pages.ProblemAsync("Page not found",
                "The page this enquiry was sent from is not published. Go back to the park's site and send it from there.", StatusCodes.Status400BadRequest, cancellationToken),
            _ => await AgainAsync(http, antiforgery, stamps, pages, result.Form!, StatusCodes.Status400BadRequest, cancellationToken),
        };
    }

    /// <summary>The form again, with a fresh token and a stamp that already counts the time the visitor spent on it.</summary>
    private static Task<IResult> AgainAsync(HttpContext http, IAntiforgery antiforgery, FormStamp stamps, EnquiryPages pages, EnquiryFormState state, int statusCode, CancellationToken cancellationToken)
    {
        var head = TimeSpan.FromSeconds(http.RequestServices.GetRequiredService<IOptions<EnquiriesOptions>>().Value.MinimumFillSeconds);
        var tokens = antiforgery.GetAndStoreTokens(http);
        var shownAgain = state with { Antiforgery = (tokens.FormFieldName, tokens.RequestToken!), Stamp = stamps.Issue(head) };
        return pages.FormAsync(shownAgain, statusCode, cancellationToken);
    }

    private static Task<IResult> TooLargeAsync(EnquiryPages pages, EnquiriesOptions settings, CancellationToken cancellationToken)
        => pages.ProblemAsync("Enquiry too long",
            $"An enquiry may hold at most {settings.MaxRequestBytes / 1024} KB of text; the message itself at most {Data.Enquiry.MessageLength:N0} characters. Go back, shorten your message and send it again. Nothing was stored.",
            StatusCodes.Status413PayloadTooLarge, cancellationToken);
}
