using PhoneNumbers;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>Phone numbers checked with libphonenumber and written E.164; the country comes from the form or a leading <c>+</c>.</summary>
public static class EnquiryPhone
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form of <paramref name="typed"/>, or null when it is not a valid number (for <paramref name="countryCode"/> unless it starts with +).</summary>
    public static string? ToE164(string typed, string? countryCode)
    {
        if (typed.Length > 40)
        {
            return null;
        }

        try
        {
            var number = Util.Parse(typed, typed.TrimStart().StartsWith('+') ? null : countryCode ?? "ZZ");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
