namespace BananPark.Cms.Enquiries.Services;

/// <summary>What the mails say about an enquiry besides its own fields: the site, the page it came from, the names of its choices.</summary>
public sealed record EnquiryContext(string SiteName, string SourceTitle, string SourceUrl, string? ClusterName, string CountryName);
