namespace BananPark.Cms.Enquiries.Email;

/// <summary>Sends one mail now; throws <see cref="EmailException"/> when the server is unreachable or refuses it.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>A mail to one recipient, with a text and an HTML body.</summary>
public sealed record EmailMessage(string ToAddress, string? ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>A mail that could not be sent; <see cref="Exception.Message"/> says why (kept on the outbox row).</summary>
public sealed class EmailException(string message, Exception? inner = null) : Exception(message, inner);
