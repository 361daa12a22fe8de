using BananPark.Cms.Core.Settings;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>
/// The notice the investor consents to (China's PIPL: purpose, retention, who to ask), our words with the site's
/// retention setting. Its version changes with the text and the retention, so each enquiry records what was agreed to.
/// </summary>
public sealed record PrivacyNotice(string Version, int RetentionMonths, IReadOnlyList<string> Paragraphs)
{
    /// <summary>Raise when the wording below changes.</summary>
    private const int TextVersion = 1;

    public static PrivacyNotice For(SiteSettings settings)
    {
        var months = settings.EnquiryRetentionMonths ?? SiteSettings.DefaultEnquiryRetentionMonths;
        var site = string.IsNullOrWhiteSpace(settings.SiteName) ? "this site" : settings.SiteName;
        return new PrivacyNotice($"{TextVersion}-{months}m", months,
        [
            $"Purpose: {site} uses the details you send here only to answer your enquiry about investing and to follow it up with you.",
            "Who sees them: only the staff who handle investment enquiries. They are not sold or passed on for marketing.",
            $"Retention: your enquiry is kept while it is followed up and for {months} months after it is closed; then it is deleted or anonymised.",
            "Your rights: you may ask to see, correct or delete what we hold about you, by sending an enquiry with this form or through the contact details on this site.",
        ]);
    }
}
