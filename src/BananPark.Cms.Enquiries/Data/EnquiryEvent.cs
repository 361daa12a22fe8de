namespace BananPark.Cms.Enquiries.Data;

/// <summary>One line of an enquiry's timeline.</summary>
public sealed class EnquiryEvent
{
    public const int DetailLength = 2000;

    public long Id { get; set; }

    public long EnquiryId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public EnquiryEventKind Kind { get; set; }

    /// <summary>Who acted; null for the visitor or the system.</summary>
    public string? UserId { get; set; }

    /// <summary>Plain text: the recipient of a mail, its error, a note.</summary>
    public string? Detail { get; set; }

    /// <summary>The outbox message the event is about, if any.</summary>
    public long? OutboxMessageId { get; set; }

    public OutboxMessage? OutboxMessage { get; set; }
}

/// <summary>What happened to an enquiry. Stored as numbers: add new kinds at the end.</summary>
public enum EnquiryEventKind
{
    Created = 0,
    EmailQueued = 1,
    EmailSent = 2,
    EmailFailed = 3,
    /// <summary>The outbox stopped retrying a mail (its attempts are spent).</summary>
    EmailAbandoned = 4,
    MarkedSpam = 5,
    Note = 6,
    StatusChanged = 7,
    OwnerChanged = 8,
}
