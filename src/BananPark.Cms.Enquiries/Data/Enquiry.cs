namespace BananPark.Cms.Enquiries.Data;

/// <summary>
/// One investor's enquiry, stored as typed (plain text, never HTML) before anything else happens. The desk's
/// filters (status, owner, created, email, industry, country) have indexes (<see cref="EnquiriesDbContext"/>).
/// </summary>
public sealed class Enquiry
{
    public const int ReferenceLength = 16;
    public const int NameLength = 200;
    public const int OrganisationLength = 200;
    public const int EmailLength = 254;
    public const int PhoneLength = 32;
    public const int InvestmentLength = 200;
    public const int MessageLength = 5000;

    public long Id { get; set; }

    /// <summary>What the investor quotes: <c>BP-{year}-{six digits}</c>, unique.</summary>
    public string Reference { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>The page the form was sent from (a Park, Group, Cluster or Enterprise item), its type and the culture it was shown in.</summary>
    public string SourceItemId { get; set; } = "";

    public string SourceContentType { get; set; } = "";

    public string SourceCulture { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Organisation { get; set; }

    /// <summary>ISO 3166 alpha-2 code of the country or region.</summary>
    public string CountryCode { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>E.164 (<c>+8613912345678</c>), after validation with libphonenumber; null when none was given.</summary>
    public string? Phone { get; set; }

    /// <summary>The language the investor wants answers in (<c>en</c> or <c>zh-CN</c>).</summary>
    public string PreferredLanguage { get; set; } = "";

    /// <summary>The Cluster item the investor is interested in; null for "not decided".</summary>
    public string? ClusterItemId { get; set; }

    public decimal? LandNeeded { get; set; }

    public LandUnit? LandUnit { get; set; }

    /// <summary>As typed, e.g. "USD 20 million".</summary>
    public string? PlannedInvestment { get; set; }

    /// <summary>One of <see cref="Services.EnquiryChoices.Timelines"/>.</summary>
    public string? Timeline { get; set; }

    public string Message { get; set; } = "";

    public bool Consented { get; set; }

    /// <summary>The privacy notice the investor agreed to (its version, so a later change of the text is traceable).</summary>
    public string PrivacyNoticeVersion { get; set; } = "";

    public EnquiryStatus Status { get; set; }

    public string? CloseReason { get; set; }

    /// <summary>The user who follows the enquiry up (set on the desk).</summary>
    public string? OwnerUserId { get; set; }

    public DateTime? DueUtc { get; set; }

    /// <summary>Caught by the honeypot or the fill-time check: kept, not mailed, hidden from the inbox by default.</summary>
    public bool IsSpam { get; set; }

    /// <summary>SHA-256 of the sender's address (hex): repeats can be seen without keeping the address.</summary>
    public string SubmitterAddressHash { get; set; } = "";

    public List<EnquiryEvent> Events { get; set; } = [];
}
