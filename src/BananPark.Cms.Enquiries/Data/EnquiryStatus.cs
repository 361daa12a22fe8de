namespace BananPark.Cms.Enquiries.Data;

/// <summary>Where an enquiry stands on the desk: New → Contacted → Qualified → SiteVisit → Negotiating → Signed, or Closed (with a reason).</summary>
public enum EnquiryStatus
{
    New = 0,
    Contacted = 1,
    Qualified = 2,
    SiteVisit = 3,
    Negotiating = 4,
#pragma warning disable CA1720 // "Signed" is the desk's word for an investment agreement signed, not a type name.
    Signed = 5,
#pragma warning restore CA1720
    Closed = 6,
}

/// <summary>The unit of <see cref="Enquiry.LandNeeded"/>: 亩 (mu, 666.7 m²) or square metres.</summary>
public enum LandUnit
{
    Mu = 0,
    SquareMetres = 1,
}
