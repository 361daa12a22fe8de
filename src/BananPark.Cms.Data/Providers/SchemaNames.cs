using System.Text.RegularExpressions;

namespace BananPark.Cms.Data.Providers;

/// <summary>
/// Tenant schema names: <c>{prefix}{lower-case tenant}</c>, checked to be a plain PostgreSQL identifier (lower-case
/// letters, digits, <c>_</c>, at most 63 bytes), so it can never inject SQL. It is still quoted wherever it is
/// written into SQL or the search path (<see cref="Quoted"/>): the Default tenant's schema, <c>default</c>, is a
/// reserved word.
/// </summary>
public static partial class SchemaNames
{
    public const int MaxLength = 63;

    public static string For(string prefix, string tenant)
    {
        var name = prefix + tenant.ToLowerInvariant();
        return IsValid(name) ? name : throw new InvalidOperationException($"'{name}' is not a usable schema name: lower-case letters, digits and _ only, at most {MaxLength}.");
    }

    /// <summary>The checked name as a quoted identifier (<c>"default"</c>), for statements and the search path.</summary>
    public static string Quoted(string name) => IsValid(name) ? $"\"{name}\"" : throw new InvalidOperationException($"'{name}' is not a usable schema name.");

    /// <summary>Whether <paramref name="prefix"/> may start a schema name (empty is fine).</summary>
    public static bool IsValidPrefix(string prefix) => prefix.Length == 0 || IsValid(prefix);

    private static bool IsValid(string name) => name.Length <= MaxLength && Identifier().IsMatch(name);

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
