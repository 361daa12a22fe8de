using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BananPark.Cms.Enquiries.Email;

/// <summary>
/// <see cref="IEmailSender"/> over MailKit: one connection per mail (the outbox sends few). Headers are built from
/// <see cref="MailboxAddress"/> objects, never from strings, and a name or address holding a line break is refused
/// before that, so no header can be injected.
/// </summary>
internal sealed class MailKitEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host) || string.IsNullOrWhiteSpace(settings.From))
        {
            throw new EmailException("Mail is not configured (Cms:Email:Smtp:Host and Cms:Email:From).");
        }

        var mime = new MimeMessage();
        mime.From.Add(Mailbox(settings.FromName, settings.From));
        mime.To.Add(Mailbox(message.ToName, message.ToAddress));
        mime.Subject = MailHeaders.SingleLine(message.Subject);
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = settings.Smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, Security(settings.Smtp), cancellationToken);
            if (!string.IsNullOrEmpty(settings.Smtp.UserName))
            {
                await client.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password ?? "", cancellationToken);
            }

            await client.SendAsync(mime, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new EmailException($"{settings.Smtp.Host}:{settings.Smtp.Port}: {e.Message}", e);
        }
    }

    private static MailboxAddress Mailbox(string? name, string address)
    {
        if (!MailHeaders.IsSingleLine(name) || !MailHeaders.IsSingleLine(address))
        {
            throw new EmailException("A name or address holds a line break.");
        }

        return MailboxAddress.TryParse(address, out var parsed) && parsed.Address.Length > 0
            ? new MailboxAddress(name ?? "", parsed.Address)
            : throw new EmailException("Not an email address.");
    }

    private static SecureSocketOptions Security(SmtpOptions smtp) => smtp.StartTls switch
    {
        true => SecureSocketOptions.StartTls,
        false => SecureSocketOptions.None,
        null => smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable,
    };
}
