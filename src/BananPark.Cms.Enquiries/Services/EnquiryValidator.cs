using System.Globalization;
using BananPark.Cms.Enquiries.Data;
using BananPark.Cms.Enquiries.Email;
using MimeKit;
using F = BananPark.Cms.Enquiries.Services.EnquiryInput.Fields;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>
/// Checks a submission field by field. Every problem is reported against its field in words a visitor understands;
/// only a submission without problems becomes an <see cref="Enquiry"/> (text kept as typed: it is encoded wherever shown).
/// </summary>
public static class EnquiryValidator
{
    private const decimal MaxLand = 1_000_000_000m;

    /// <summary>The problems of <paramref name="input"/> by field name; empty when there are none, and then <paramref name="enquiry"/> is set.</summary>
    public static Dictionary<string, string> Validate(EnquiryInput input, IReadOnlySet<string> clusterIds, out Enquiry? enquiry)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        OneLine(errors, F.Name, input.Name, Enquiry.NameLength, required: true, "your name");
        OneLine(errors, F.Organisation, input.Organisation, Enquiry.OrganisationLength, required: false, "your organisation");
        OneLine(errors, F.Investment, input.Investment, Enquiry.InvestmentLength, required: false, "the planned investment");
        if (!EnquiryChoices.IsCountry(input.Country))
        {
            errors[F.Country] = "Choose your country or region.";
        }

        var email = Email(input.Email);
        if (email is null)
        {
            errors[F.Email] = input.Email.Length == 0 ? "Enter your email address." : "Enter an email address like name@example.com, on one line.";
        }

        string? phone = null;
        if (input.Phone.Length > 0 && (phone = EnquiryPhone.ToE164(input.Phone, EnquiryChoices.IsCountry(input.Country) ? input.Country : null)) is null)
        {
            errors[F.Phone] = "Enter a phone number with its country code (for example +86 …), or leave it empty.";
        }

        if (!EnquiryChoices.Languages.Any(l => l.Code == input.Language))
        {
            errors[F.Language] = "Choose the language you want to be answered in.";
        }

        if (input.Cluster.Length > 0 && !clusterIds.Contains(input.Cluster))
        {
            errors[F.Cluster] = "Choose an industry from the list.";
        }

        decimal? land = null;
        if (input.Land.Length > 0)
        {
            if (!decimal.TryParse(input.Land, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > MaxLand)
            {
                errors[F.Land] = "Enter the land needed as a number, for example 50 or 12.5.";
            }
            else
            {
                land = Math.Round(value, 2);
            }
        }

        LandUnit? unit = input.LandUnit switch { "mu" => Data.LandUnit.Mu, "m2" => Data.LandUnit.SquareMetres, _ => null };
        if (input.LandUnit.Length > 0 && unit is null)
        {
            errors[F.LandUnit] = "Choose mu or m².";
        }

        if (input.Timeline.Length > 0 && !EnquiryChoices.Timelines.Any(t => t.Code == input.Timeline))
        {
            errors[F.Timeline] = "Choose a timeline from the list.";
        }

        if (input.Message.Length == 0)
        {
            errors[F.Message] = "Tell us about your project.";
        }
        else if (input.Message.Length > Enquiry.MessageLength)
        {
            errors[F.Message] = $"Your message has {input.Message.Length:N0} characters; shorten it to {Enquiry.MessageLength:N0}.";
        }

        if (!input.Consent)
        {
            errors[F.Consent] = "Agree to the privacy notice so that we may keep and use your details to answer you.";
        }

        enquiry = errors.Count > 0 ? null : new Enquiry
        {
            Name = input.Name,
            Organisation = Empty(input.Organisation),
            CountryCode = input.Country,
            Email = email!,
            Phone = phone,
            PreferredLanguage = input.Language,
            ClusterItemId = Empty(input.Cluster),
            LandNeeded = land,
            LandUnit = land is null ? null : unit ?? Data.LandUnit.Mu,
            PlannedInvestment = Empty(input.Investment),
            Timeline = Empty(input.Timeline),
            Message = input.Message,
            Consented = true,
        };
        return errors;
    }

    /// <summary>
    /// A submission caught as spam, kept as far as it fits (cut to the columns' lengths, unknown choices dropped) so the
    /// desk can look at it; it is never mailed.
    /// </summary>
    public static Enquiry Lenient(EnquiryInput input) => new()
    {
        Name = Cut(input.Name, Enquiry.NameLength),
        Organisation = Empty(Cut(input.Organisation, Enquiry.OrganisationLength)),
        CountryCode = EnquiryChoices.IsCountry(input.Country) ? input.Country : "",
        Email = Cut(input.Email, Enquiry.EmailLength),
        Phone = EnquiryPhone.ToE164(input.Phone, EnquiryChoices.IsCountry(input.Country) ? input.Country : null),
        PreferredLanguage = EnquiryChoices.Languages.Any(l => l.Code == input.Language) ? input.Language : "",
        PlannedInvestment = Empty(Cut(input.Investment, Enquiry.InvestmentLength)),
        Timeline = EnquiryChoices.Timelines.Any(t => t.Code == input.Timeline) ? input.Timeline : null,
        Message = Cut(input.Message, Enquiry.MessageLength),
        Consented = input.Consent,
    };

    /// <summary>The address alone (no display name, no line break), or null.</summary>
    public static string? Email(string typed)
    {
        if (typed.Length is 0 or > Enquiry.EmailLength || !MailHeaders.IsSingleLine(typed) || typed.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        return MailboxAddress.TryParse(typed, out var parsed) && string.IsNullOrEmpty(parsed.Name) && string.Equals(parsed.Address, typed, StringComparison.Ordinal)
            && parsed.Address.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && parsed.Address.IndexOf('.', at) > at + 1
            ? parsed.Address
            : null;
    }

    private static void OneLine(Dictionary<string, string> errors, string field, string value, int max, bool required, string what)
    {
        if (required && value.Length == 0)
        {
            errors[field] = $"Enter {what}.";
        }
        else if (value.Length > max)
        {
            errors[field] = $"Shorten {what} to {max} characters.";
        }
        else if (!MailHeaders.IsSingleLine(value))
        {
            errors[field] = $"Write {what} on one line.";
        }
    }

    private static string Cut(string value, int length) => value.Length > length ? value[..length] : value;

    private static string? Empty(string value) => value.Length == 0 ? null : value;
}
