using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>What the form sent, as typed (trimmed), so a form with mistakes can be shown again without losing any of it.</summary>
public sealed class EnquiryInput
{
    /// <summary>The form's field names, one home for the endpoint, the template model and the tests.</summary>
    public static class Fields
    {
        public const string Item = "item";
        public const string Culture = "culture";
        public const string Name = "name";
        public const string Organisation = "organisation";
        public const string Country = "country";
        public const string Email = "email";
        public const string Phone = "phone";
        public const string Language = "language";
        public const string Cluster = "cluster";
        public const string Land = "land";
        public const string LandUnit = "land_unit";
        public const string Investment = "investment";
        public const string Timeline = "timeline";
        public const string Message = "message";
        public const string Consent = "consent";
        public const string Stamp = "stamp";

        /// <summary>The honeypot: hidden from people, filled by robots.</summary>
        public const string Honeypot = "website";
    }

    public string ItemId { get; init; } = "";
    public string Culture { get; init; } = "";
    public string Name { get; init; } = "";
    public string Organisation { get; init; } = "";
    public string Country { get; init; } = "";
    public string Email { get; init; } = "";
    public string Phone { get; init; } = "";
    public string Language { get; init; } = "";
    public string Cluster { get; init; } = "";
    public string Land { get; init; } = "";
    public string LandUnit { get; init; } = "";
    public string Investment { get; init; } = "";
    public string Timeline { get; init; } = "";
    public string Message { get; init; } = "";
    public bool Consent { get; init; }
    public string Stamp { get; init; } = "";
    public string Honeypot { get; init; } = "";

    public static EnquiryInput From(IFormCollection form)
    {
        string Value(string name) => form[name].FirstOrDefault()?.Trim() ?? "";
        return new EnquiryInput
        {
            ItemId = Value(Fields.Item),
            Culture = Value(Fields.Culture),
            Name = Value(Fields.Name),
            Organisation = Value(Fields.Organisation),
            Country = Value(Fields.Country),
            Email = Value(Fields.Email),
            Phone = Value(Fields.Phone),
            Language = Value(Fields.Language),
            Cluster = Value(Fields.Cluster),
            Land = Value(Fields.Land),
            LandUnit = Value(Fields.LandUnit),
            Investment = Value(Fields.Investment),
            Timeline = Value(Fields.Timeline),
            Message = Value(Fields.Message),
            Consent = Value(Fields.Consent) is "on" or "true" or "yes",
            Stamp = Value(Fields.Stamp),
            Honeypot = Value(Fields.Honeypot),
        };
    }
}
