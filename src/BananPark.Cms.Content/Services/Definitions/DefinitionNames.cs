using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BananPark.Cms.Content.Recipes;
using BananPark.Cms.Core.ContentManagement;
using BananPark.Cms.Core.ContentManagement.Kinds;

namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>
/// Technical names the type editor gives to types and fields: a letter, then letters or digits,
/// suggested in PascalCase from a display name. Stricter than what a recipe may carry (no '_'),
/// so every name made here also passes the recipe step's rules.
/// </summary>
public static partial class DefinitionNames
{
    /// <summary>Longest technical name the editor accepts.</summary>
    public const int MaxLength = 100;

    /// <summary>Longest display name or hint the editor accepts.</summary>
    public const int MaxDisplayNameLength = 256;

    /// <summary>What is wrong with <paramref name="name"/> as a technical name, or null when it is fine.</summary>
    public static string? Problem(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return $"Enter a technical name for the {what}.";
        }

        return Pattern().IsMatch(name) && ContentDefinitionRules.IsValidName(name)
            ? null
            : $"'{name}' is not a valid technical name for a {what}: use a letter, then letters or digits only (at most {MaxLength}).";
    }

    /// <summary>
    /// True when a type may not be named <paramref name="name"/> (any case): its own part would
    /// clash with an item's metadata property or with a part or field kind the code knows.
    /// </summary>
    public static bool IsReserved(string name, ContentKinds kinds)
        => ContentItemJson.IsMetadata(name)
            || name.Equals(nameof(ContentItem.Content), StringComparison.OrdinalIgnoreCase)
            || kinds.Parts.Select(p => p.Name).Concat(kinds.Fields.Select(f => f.Name))
                .Any(known => known.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A PascalCase name from <paramref name="displayName"/> ("Number of employees" → <c>NumberOfEmployees</c>),
    /// accents dropped and other characters skipped; <paramref name="fallback"/> when nothing is left (e.g. Chinese
    /// text) or in front of a leading digit; a number appended while <paramref name="isTaken"/> says it is in use.
    /// </summary>
    public static string Suggest(string? displayName, string fallback, Func<string, bool> isTaken)
    {
        var builder = new StringBuilder();
        var startOfWord = true;
        foreach (var c in (displayName ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                startOfWord = true;
            }
        }

        if (builder.Length == 0 || char.IsAsciiDigit(builder[0]))
        {
            builder.Insert(0, fallback);
        }

        var stem = builder.Length > MaxLength - 4 ? builder.ToString(0, MaxLength - 4) : builder.ToString();
        var name = stem;
        for (var n = 2; isTaken(name); n++)
        {
            name = string.Create(CultureInfo.InvariantCulture, $"{stem}{n}");
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{0,99}$")]
    private static partial Regex Pattern();
}
