using System.Globalization;

namespace BananPark.Cms.Content.Fields;

/// <summary>The sentences the rules of every kind and part share, so editors read one wording.</summary>
public static class RuleMessages
{
    /// <summary>"{label} is required." when <paramref name="required"/> and nothing is <paramref name="present"/>; otherwise null.</summary>
    public static string? Required(string label, bool required, bool present)
        => required && !present ? $"{label} is required." : null;

    /// <summary>A message when <paramref name="count"/> text elements are more than <paramref name="max"/>; otherwise null.</summary>
    public static string? TooLong(string label, int count, int max)
        => count > max ? string.Create(CultureInfo.InvariantCulture, $"{label}: at most {max:N0} characters are allowed; this has {count:N0}.") : null;

    /// <summary>A number as editors read it in messages (invariant, digits grouped, no trailing zeros).</summary>
    public static string Number(decimal value) => value.ToString("#,0.############################", CultureInfo.InvariantCulture);
}
