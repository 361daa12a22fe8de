namespace BananPark.Cms.Enquiries.Data;

/// <summary>
/// A mail waiting to be sent (or sent), stored in the same transaction as what caused it, so a server that is down
/// loses nothing: the outbox retries it with back-off and records each attempt here and on the enquiry.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressLength = 320;
    public const int SubjectLength = 300;
    public const int ErrorLength = 1000;

    public long Id { get; set; }

    public long? EnquiryId { get; set; }

    public Enquiry? Enquiry { get; set; }

    /// <summary>Why the mail exists (<see cref="OutboxPurpose"/>), for the timeline.</summary>
    public OutboxPurpose Purpose { get; set; }

    public string ToAddress { get; set; } = "";

    public string? ToName { get; set; }

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string HtmlBody { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt is due; null once sent or abandoned.</summary>
    public DateTime? NextAttemptUtc { get; set; }

    public string? LastError { get; set; }

    public DateTime? SentUtc { get; set; }
}

/// <summary>What an outbox mail is for.</summary>
public enum OutboxPurpose
{
    /// <summary>To the investor: we have your enquiry, here is its reference.</summary>
    Acknowledgement = 0,

    /// <summary>To the park's address: a new enquiry has arrived.</summary>
    Notification = 1,

    /// <summary>Written on the desk (later).</summary>
    Reply = 2,
}
