using System.ComponentModel.DataAnnotations;

namespace BananPark.Cms.Enquiries;

/// <summary>The <c>Cms:Enquiries</c> settings. Validated on start.</summary>
public sealed class EnquiriesOptions
{
    /// <summary>Where a new enquiry is announced (the park's investment desk); none sends no notification.</summary>
    [EmailAddress]
    public string? NotifyAddress { get; set; }

    /// <summary>Fewer seconds than this between showing the form and sending it is a robot (default 3).</summary>
    [Range(0, 600)]
    public int MinimumFillSeconds { get; set; } = 3;

    /// <summary>A form older than this many hours is shown again to be sent anew (default 24).</summary>
    [Range(1, 24 * 30)]
    public int MaximumFormAgeHours { get; set; } = 24;

    /// <summary>Submissions one address may make per minute; more are answered 429 (default 5).</summary>
    [Range(1, 10_000)]
    public int SubmissionsPerMinute { get; set; } = 5;

    /// <summary>Largest request body of a submission, in bytes (default 64 KB); larger ones are refused with 413.</summary>
    [Range(4 * 1024, 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>The outbox's retries.</summary>
    public OutboxOptions Outbox { get; set; } = new();
}

/// <summary>How the outbox sends (<c>Cms:Enquiries:Outbox</c>).</summary>
public sealed class OutboxOptions
{
    /// <summary>Seconds between two passes when nothing wakes the outbox earlier (default 30; a new enquiry wakes it at once).</summary>
    [Range(1, 3600)]
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>Minutes before the first retry; each further retry waits twice as long (1, 2, 4 … by default).</summary>
    [Range(1, 1440)]
    public int FirstRetryMinutes { get; set; } = 1;

    /// <summary>Attempts before a mail is given up (default 8: the last about two hours after the first).</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Mails sent per tenant and pass (default 50).</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;
}
