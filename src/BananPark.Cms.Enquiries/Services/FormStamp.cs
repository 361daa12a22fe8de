using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>
/// The signed "form shown at" value the form carries: the server's time, protected (signed and encrypted) with
/// data protection, so a robot can neither forge nor backdate it. Read back it says how long the form was open.
/// </summary>
public sealed class FormStamp(IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("BananPark.Cms.Enquiries.FormStamp");

    /// <summary>A stamp for a form shown now (less <paramref name="head"/>: a form shown again already took its time once).</summary>
    public string Issue(TimeSpan head = default)
        => _protector.Protect((clock.GetUtcNow() - head).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));

    /// <summary>How long ago the stamp was issued, or null when it is missing, forged or from another site.</summary>
    public TimeSpan? Age(string? stamp)
    {
        if (string.IsNullOrEmpty(stamp) || stamp.Length > 1024)
        {
            return null;
        }

        try
        {
            var shown = long.Parse(_protector.Unprotect(stamp), CultureInfo.InvariantCulture);
            return clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(shown);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
