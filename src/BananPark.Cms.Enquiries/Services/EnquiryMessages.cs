using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using BananPark.Cms.Enquiries.Data;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>
/// The two mails of a new enquiry: the acknowledgement to the investor (in English or Chinese, as they chose) and
/// the notification to the park's desk. Only our own interface text is translated; every typed value is HTML-encoded
/// in the HTML body. The acknowledgement repeats nothing the visitor typed but their name, so the form cannot be used
/// to send someone else a message of the sender's choosing.
/// </summary>
public static class EnquiryMessages
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static OutboxMessage Acknowledgement(Enquiry enquiry, EnquiryContext context)
    {
        var zh = enquiry.PreferredLanguage.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var subject = zh
            ? $"{context.SiteName}：已收到您的投资咨询（编号 {enquiry.Reference}）"
            : $"{context.SiteName}: we have your enquiry {enquiry.Reference}";
        string[] lines = zh
            ?
            [
                $"{enquiry.Name}，您好：",
                $"感谢您通过“{context.SourceTitle}”页面向{context.SiteName}提交投资咨询。",
                $"您的咨询编号是 {enquiry.Reference}，与我们联系时请注明此编号。",
                "我们将通过此电子邮箱答复您。",
            ]
            :
            [
                $"Dear {enquiry.Name},",
                $"Thank you for your enquiry to {context.SiteName}, sent from the page \"{context.SourceTitle}\".",
                $"Its reference is {enquiry.Reference}; please quote it when you write to us.",
                "We will answer you at this email address.",
            ];
        return Message(enquiry, OutboxPurpose.Acknowledgement, enquiry.Email, enquiry.Name, subject, lines, []);
    }

    public static OutboxMessage Notification(Enquiry enquiry, EnquiryContext context, string notifyAddress)
    {
        var subject = $"New enquiry {enquiry.Reference} from {enquiry.Name}";
        string[] lines = [$"A new investor enquiry, {enquiry.Reference}, was sent from \"{context.SourceTitle}\" ({context.SourceUrl})."];
        (string, string?)[] facts =
        [
            ("Reference", enquiry.Reference),
            ("Received (UTC)", enquiry.CreatedUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            ("Name", enquiry.Name),
            ("Organisation", enquiry.Organisation),
            ("Country or region", context.CountryName),
            ("Email", enquiry.Email),
            ("Phone", enquiry.Phone),
            ("Preferred language", EnquiryChoices.Languages.FirstOrDefault(l => l.Code == enquiry.PreferredLanguage).Name),
            ("Industry of interest", context.ClusterName),
            ("Land needed", enquiry.LandNeeded is { } land ? land.ToString("0.##", CultureInfo.InvariantCulture) + (enquiry.LandUnit == LandUnit.SquareMetres ? " m²" : " mu") : null),
            ("Planned investment", enquiry.PlannedInvestment),
            ("Timeline", EnquiryChoices.Timelines.FirstOrDefault(t => t.Code == enquiry.Timeline).Name),
            ("Message", enquiry.Message),
            ("Privacy notice agreed", enquiry.PrivacyNoticeVersion),
        ];
        return Message(enquiry, OutboxPurpose.Notification, notifyAddress, null, subject, lines, facts);
    }

    private static OutboxMessage Message(Enquiry enquiry, OutboxPurpose purpose, string to, string? toName, string subject, string[] lines, (string Label, string? Value)[] facts)
    {
        var text = new StringBuilder();
        var html = new StringBuilder("<!DOCTYPE html><html><body>");
        foreach (var line in lines)
        {
            text.Append(line).Append("\n\n");
            html.Append("<p>").Append(Html.Encode(line)).Append("</p>");
        }

        var shown = facts.Where(f => !string.IsNullOrEmpty(f.Value)).ToList();
        if (shown.Count > 0)
        {
            html.Append("<table>");
            foreach (var (label, value) in shown)
            {
                text.Append(label).Append(": ").Append(value).Append('\n');
                html.Append("<tr><th align=\"left\" valign=\"top\">").Append(Html.Encode(label)).Append("</th><td style=\"white-space:pre-wrap\">")
                    .Append(Html.Encode(value!)).Append("</td></tr>");
            }

            html.Append("</table>");
        }

        html.Append("</body></html>");
        return new OutboxMessage
        {
            Purpose = purpose,
            ToAddress = to,
            ToName = toName,
            Subject = subject.Length > OutboxMessage.SubjectLength ? subject[..OutboxMessage.SubjectLength] : subject,
            TextBody = text.ToString(),
            HtmlBody = html.ToString(),
            CreatedUtc = enquiry.CreatedUtc,
            NextAttemptUtc = enquiry.CreatedUtc,
        };
    }
}
