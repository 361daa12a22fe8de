namespace BananPark.Cms.Enquiries.Email;

/// <summary>What may go into a header: one line (no CR, LF or other control characters).</summary>
public static class MailHeaders
{
    public static bool IsSingleLine(string? value) => value is null || !value.Any(char.IsControl);

    /// <summary><paramref name="value"/> with every control character replaced by a space (a subject made from typed text).</summary>
    public static string SingleLine(string value)
        => IsSingleLine(value) ? value : new string(value.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
}
