using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Theming.Endpoints;
using BananPark.Cms.Theming.Services;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary>The pages the form's endpoint answers with, in the site's layout: the form again, the thanks, a problem.</summary>
public sealed class EnquiryPages(ContentRenderer renderer, PageWriter pages)
{
    public const string ThanksTemplate = "EnquiryThanks";
    public const string ProblemTemplate = "EnquiryProblem";

    public async Task<IResult> FormAsync(EnquiryFormState state, int statusCode, CancellationToken cancellationToken)
    {
        var model = EnquiryFormModel.Build(state);
        model["Standalone"] = true;
        var body = await renderer.RenderNamedAsync(EnquiryFormPartial.TemplateName, model, cancellationToken);
        return await pages.PageAsync(new PageInfo("Invest here: " + state.Source.DisplayText, EnquiryEndpoints.Path, statusCode), body, cancellationToken);
    }

    public async Task<IResult> ThanksAsync(Enquiry enquiry, string sourceTitle, string sourceUrl, CancellationToken cancellationToken)
    {
        var body = await renderer.RenderNamedAsync(ThanksTemplate, new Dictionary<string, object?>
        {
            ["Reference"] = enquiry.Reference,
            ["Email"] = enquiry.Email,
            ["SourceTitle"] = sourceTitle,
            ["SourceUrl"] = sourceUrl,
        }, cancellationToken);
        return await pages.PageAsync(new PageInfo("Thank you for your enquiry", EnquiryEndpoints.Path), body, cancellationToken);
    }

    public async Task<IResult> ProblemAsync(string title, string message, int statusCode, CancellationToken cancellationToken)
    {
        var body = await renderer.RenderNamedAsync(ProblemTemplate, new Dictionary<string, object?> { ["Title"] = title, ["Message"] = message }, cancellationToken);
        return await pages.PageAsync(new PageInfo(title, EnquiryEndpoints.Path, statusCode), body, cancellationToken);
    }
}
