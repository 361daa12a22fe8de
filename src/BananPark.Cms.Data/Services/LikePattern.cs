namespace BananPark.Cms.Data.Services;

/// <summary>
/// A search word as a <c>LIKE '%word%'</c> pattern with its own <c>%</c>, <c>_</c> and escape characters escaped:
/// the text is data, never a pattern. The one form both providers index for substring search (PostgreSQL's
/// trigram GIN index serves it; <c>strpos</c>/<c>instr</c>, what <c>string.Contains</c> becomes, it does not).
/// LIKE is case-sensitive on PostgreSQL and ASCII-case-insensitive on SQLite, so callers compare text of one case.
/// </summary>
public static class LikePattern
{
    /// <summary>The escape character the patterns use; pass it to <c>EF.Functions.Like</c>.</summary>
    public const string Escape = "\\";

    /// <summary><c>%text%</c>, escaped.</summary>
    public static string Containing(string text) => "%" + Escaped(text) + "%";

    /// <summary><c>text%</c>, escaped (a prefix: a folder's subfolders).</summary>
    public static string StartingWith(string text) => Escaped(text) + "%";

    private static string Escaped(string text)
        => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
