using System.Globalization;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>Where a validated submission came from and whether it looked like a robot's.</summary>
public sealed record SubmissionOrigin(string SourceItemId, string SourceContentType, string SourceCulture, string AddressHash, string? SpamReason);

/// <summary>
/// Stores a validated enquiry with its reference, its first timeline events and its mails (none for spam) in one
/// transaction (one <c>SaveChanges</c>), then wakes the outbox. Nothing is sent before the enquiry is stored. The same
/// enquiry sent again (a reloaded thank-you page posts the form anew) within <see cref="ResendWindow"/> is answered
/// with the one already stored: no second row, no second mail.
/// </summary>
public sealed class EnquirySubmissions(EnquiriesDbContext db, TimeProvider clock, IOptions<EnquiriesOptions> options, OutboxSignal signal)
{
    private const int ReferenceAttempts = 5;

    /// <summary>How long an identical submission (same page, email and message) counts as the same enquiry sent again.</summary>
    public static readonly TimeSpan ResendWindow = TimeSpan.FromMinutes(30);

    public async Task<Enquiry> SubmitAsync(Enquiry enquiry, SubmissionOrigin origin, PrivacyNotice notice, EnquiryContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await SentAlreadyAsync(enquiry, origin, now, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        enquiry.CreatedUtc = now;
        enquiry.SourceItemId = origin.SourceItemId;
        enquiry.SourceContentType = origin.SourceContentType;
        enquiry.SourceCulture = origin.SourceCulture;
        enquiry.SubmitterAddressHash = origin.AddressHash;
        enquiry.PrivacyNoticeVersion = notice.Version;
        enquiry.Status = EnquiryStatus.New;
        enquiry.IsSpam = origin.SpamReason is not null;
        enquiry.Reference = await NextReferenceAsync(now.Year, cancellationToken);
        enquiry.Events.Add(new EnquiryEvent { CreatedUtc = now, Kind = EnquiryEventKind.Created, Detail = "Sent from " + context.SourceUrl });
        db.Enquiries.Add(enquiry);
        if (origin.SpamReason is { } reason)
        {
            enquiry.Events.Add(new EnquiryEvent { CreatedUtc = now, Kind = EnquiryEventKind.MarkedSpam, Detail = reason });
        }
        else
        {
            Queue(enquiry, EnquiryMessages.Acknowledgement(enquiry, context), now);
            if (!string.IsNullOrWhiteSpace(options.Value.NotifyAddress))
            {
                Queue(enquiry, EnquiryMessages.Notification(enquiry, context, options.Value.NotifyAddress), now);
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < ReferenceAttempts)
            {
                if (!await ReferenceTakenAsync(enquiry.Reference, cancellationToken))
                {
                    throw;
                }

                // Another submission took the number between our read and our write: take the next one.
                enquiry.Reference = await NextReferenceAsync(now.Year, cancellationToken);
            }
        }

        if (!enquiry.IsSpam)
        {
            signal.Wake();
        }

        return enquiry;
    }

    /// <summary>The enquiry stored from the same page with the same email and message within the window, if any (the email's index).</summary>
    private Task<Enquiry?> SentAlreadyAsync(Enquiry enquiry, SubmissionOrigin origin, DateTime now, CancellationToken cancellationToken)
    {
        if (enquiry.Email.Length == 0)
        {
            return Task.FromResult<Enquiry?>(null);
        }

        var since = now - ResendWindow;
        return db.Enquiries.AsNoTracking()
            .Where(e => e.Email == enquiry.Email && e.SourceItemId == origin.SourceItemId && e.CreatedUtc >= since && e.Message == enquiry.Message)
            .OrderBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private void Queue(Enquiry enquiry, OutboxMessage message, DateTime now)
    {
        message.Enquiry = enquiry;
        db.Outbox.Add(message);
        enquiry.Events.Add(new EnquiryEvent
        {
            CreatedUtc = now,
            Kind = EnquiryEventKind.EmailQueued,
            Detail = $"{message.Purpose} to {message.ToAddress}",
            OutboxMessage = message,
        });
    }

    /// <summary><c>BP-{year}-{n}</c>, one more than the year's highest (six digits, more after 999,999).</summary>
    private async Task<string> NextReferenceAsync(int year, CancellationToken cancellationToken)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"BP-{year}-");
        var last = await db.Enquiries.AsNoTracking().Where(e => e.Reference.StartsWith(prefix))
            .OrderByDescending(e => e.Reference.Length).ThenByDescending(e => e.Reference).Select(e => e.Reference).FirstOrDefaultAsync(cancellationToken);
        var next = last is not null && long.TryParse(last.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        return prefix + next.ToString("D6", CultureInfo.InvariantCulture);
    }

    private Task<bool> ReferenceTakenAsync(string reference, CancellationToken cancellationToken)
        => db.Enquiries.AsNoTracking().AnyAsync(e => e.Reference == reference, cancellationToken);
}
