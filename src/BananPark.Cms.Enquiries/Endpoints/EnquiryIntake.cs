using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.Tenancy;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Services;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Endpoints;

/// <summary>What became of a submission.</summary>
public enum IntakeOutcome
{
    /// <summary>The page it names is not published: nothing to show the form on.</summary>
    SourceMissing,

    /// <summary>Antiforgery or the stamp failed (or is missing: a form from a cached page sent without script): shown again to be sent anew.</summary>
    SendAgain,

    /// <summary>Fields are missing or wrong: shown again with what was typed and what is wrong.</summary>
    Invalid,

    /// <summary>Stored (as spam when a robot sent it).</summary>
    Stored,
}

/// <summary>A submission's outcome: the form's state to show again, or the stored enquiry.</summary>
public sealed record IntakeResult(IntakeOutcome Outcome, EnquiryFormState? Form = null, Enquiry? Enquiry = null, ContentItemSnapshot? Source = null);

/// <summary>
/// Decides what a submission is, once the request has passed the size and rate limits: the page it came from, the
/// antiforgery and stamp checks, the robot checks (honeypot, minimum fill time: stored as spam, silently), the fields,
/// and finally the store. Kept apart from HTTP so each rule is tested as a service.
/// </summary>
public sealed class EnquiryIntake(
    IPublishedContent published, EnquiryFormData data, FormStamp stamps, EnquirySubmissions submissions, IPublicUrls urls, IOptions<EnquiriesOptions> options)
{
    public async Task<IntakeResult> ReceiveAsync(EnquiryInput input, bool antiforgeryValid, string addressHash, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var source = input.ItemId.Length is > 0 and <= 26 ? await published.GetAsync(input.ItemId, cancellationToken) : null;
        if (source is null)
        {
            return new IntakeResult(IntakeOutcome.SourceMissing);
        }

        var state = await data.StateAsync(source, cancellationToken) with { Input = input };
        var age = stamps.Age(input.Stamp);
        if (!antiforgeryValid || age is null || age > TimeSpan.FromHours(settings.MaximumFormAgeHours))
        {
            return new IntakeResult(IntakeOutcome.SendAgain, state with { Problem = "Please check your details and send the form again." }, Source: source);
        }

        var spam = input.Honeypot.Length > 0 ? "The hidden field was filled in."
            : age < TimeSpan.FromSeconds(settings.MinimumFillSeconds) ? $"Sent {age.Value.TotalSeconds:0.0} s after the form was shown."
            : null;
        Enquiry? enquiry;
        if (spam is not null)
        {
            enquiry = EnquiryValidator.Lenient(input);
        }
        else
        {
            var errors = EnquiryValidator.Validate(input, state.Clusters.Select(c => c.ContentItemId).ToHashSet(StringComparer.Ordinal), out enquiry);
            if (errors.Count > 0)
            {
                return new IntakeResult(IntakeOutcome.Invalid, state with { Errors = errors }, Source: source);
            }
        }

        var site = await data.SettingsAsync(cancellationToken);
        var context = new EnquiryContext(
            string.IsNullOrWhiteSpace(site.SiteName) ? "Banan Park" : site.SiteName,
            source.DisplayText ?? source.ContentType,
            urls.Absolute(source.Url ?? "/"),
            state.Clusters.FirstOrDefault(c => c.ContentItemId == enquiry!.ClusterItemId)?.DisplayText,
            EnquiryChoices.Countries.FirstOrDefault(c => c.Code == enquiry!.CountryCode).Name ?? enquiry!.CountryCode);
        var origin = new SubmissionOrigin(source.ContentItemId, source.ContentType, state.Culture, addressHash, spam);
        var stored = await submissions.SubmitAsync(enquiry!, origin, state.Notice, context, cancellationToken);
        return new IntakeResult(IntakeOutcome.Stored, Enquiry: stored, Source: source);
    }
}
