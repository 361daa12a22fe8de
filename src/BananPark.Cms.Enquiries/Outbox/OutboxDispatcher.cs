using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BananPark.Cms.Enquiries.Outbox;

/// <summary>
/// One outbox pass in the current tenant: sends each due mail, oldest first. A mail that fails keeps waiting with its
/// error, its attempt count and the time of its next attempt, doubling from <see cref="OutboxOptions.FirstRetryMinutes"/>
/// (1, 2, 4 … minutes) until <see cref="OutboxOptions.MaxAttempts"/>; each outcome is also an event on its enquiry.
/// </summary>
public sealed class OutboxDispatcher(EnquiriesDbContext db, IEmailSender sender, TimeProvider clock, IOptions<EnquiriesOptions> options)
{
    /// <summary>Sends what is due; returns how many were sent.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value.Outbox;
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Outbox.Where(m => m.SentUtc == null && m.NextAttemptUtc != null && m.NextAttemptUtc <= now)
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            var outcome = await TrySendAsync(message, cancellationToken);
            now = clock.GetUtcNow().UtcDateTime;
            message.Attempts++;
            EnquiryEventKind kind;
            if (outcome is null)
            {
                message.SentUtc = now;
                message.NextAttemptUtc = null;
                message.LastError = null;
                kind = EnquiryEventKind.EmailSent;
                sent++;
            }
            else
            {
                message.LastError = Cut(outcome, OutboxMessage.ErrorLength);
                var spent = message.Attempts >= settings.MaxAttempts;
                message.NextAttemptUtc = spent ? null : now + Backoff(settings, message.Attempts);
                kind = spent ? EnquiryEventKind.EmailAbandoned : EnquiryEventKind.EmailFailed;
            }

            if (message.EnquiryId is { } enquiryId)
            {
                db.Events.Add(new EnquiryEvent
                {
                    EnquiryId = enquiryId,
                    CreatedUtc = now,
                    Kind = kind,
                    OutboxMessageId = message.Id,
                    Detail = Cut($"{message.Purpose} to {message.ToAddress}, attempt {message.Attempts}" + (outcome is null ? "" : ": " + outcome), EnquiryEvent.DetailLength),
                });
            }

            // Saved mail by mail: a crash after a send records at most that one mail as unsent (sent again: at least once).
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>The wait after the <paramref name="attempts"/>th failure: first retry, doubled each time (capped at a day).</summary>
    public static TimeSpan Backoff(OutboxOptions settings, int attempts)
        => TimeSpan.FromMinutes(Math.Min(settings.FirstRetryMinutes * Math.Pow(2, Math.Max(0, attempts - 1)), 24 * 60));

    /// <summary>Null when sent; else why not.</summary>
    private async Task<string?> TrySendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new EmailMessage(message.ToAddress, message.ToName, message.Subject, message.TextBody, message.HtmlBody), cancellationToken);
            return null;
        }
        catch (EmailException e)
        {
            return e.Message;
        }
    }

    private static string Cut(string value, int length) => value.Length > length ? value[..length] : value;
}
