using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Enquiries.Email;

/// <summary>
/// The <c>Cms:Email</c> settings: the SMTP server and the sender. Configuration for now; an admin screen for them
/// (password never shown again) comes with the enquiry desk, with these keys overriding it for deployments and tests.
/// </summary>
public sealed class EmailOptions
{
    /// <summary>The sender of every mail, e.g. <c>invest@example.org</c>; no sender sends nothing (mails wait in the outbox).</summary>
    [EmailAddress]
    public string? From { get; set; }

    /// <summary>The sender's display name.</summary>
    public string? FromName { get; set; }

    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>The SMTP server (<c>Cms:Email:Smtp</c>).</summary>
public sealed class SmtpOptions
{
    /// <summary>Host name or address; none means mail is not configured (it waits in the outbox).</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>true: STARTTLS required; false: plain (a local relay); unset: STARTTLS when offered (465: TLS on connect).</summary>
    public bool? StartTls { get; set; }

    /// <summary>With <see cref="Password"/>, signs in to the server.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Seconds a connection or command may take (default 30).</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
