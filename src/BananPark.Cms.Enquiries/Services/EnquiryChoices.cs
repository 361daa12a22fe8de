using System.Globalization;
using PhoneNumbers;

namespace BananPark.Cms.Enquiries.Services;

/// <summary>The closed lists of the form: countries or regions, answer languages, timelines, land units.</summary>
public static class EnquiryChoices
{
    // Declared first: the country list below is built from it. The names used in China for its special administrative regions and Taiwan; the rest as .NET names them.
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["CN"] = "China (mainland)",
        ["HK"] = "Hong Kong SAR, China",
        ["MO"] = "Macao SAR, China",
        ["TW"] = "Taiwan, China",
    };

    /// <summary>The languages an investor may be answered in, with their names as shown in the form.</summary>
    public static IReadOnlyList<(string Code, string Name)> Languages { get; } = [("en", "English"), ("zh-CN", "中文（简体）")];

    /// <summary>When the investor means to invest.</summary>
    public static IReadOnlyList<(string Code, string Name)> Timelines { get; } =
        [("0-6m", "Within 6 months"), ("6-12m", "6 to 12 months"), ("1-2y", "1 to 2 years"), ("later", "Later or not decided")];

    public static IReadOnlyList<(string Code, string Name)> LandUnits { get; } = [("mu", "mu (亩)"), ("m2", "m²")];

    /// <summary>Every region libphonenumber knows, by English name (so a phone number can be checked against it).</summary>
    public static IReadOnlyList<(string Code, string Name)> Countries { get; } = LoadCountries();

    public static bool IsCountry(string? code) => code is not null && CountryCodes.Contains(code);

    private static readonly HashSet<string> CountryCodes = Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

    private static List<(string Code, string Name)> LoadCountries()
    {
        var list = new List<(string, string)>();
        foreach (var code in PhoneNumberUtil.GetInstance().GetSupportedRegions())
        {
            if (Names.TryGetValue(code, out var name))
            {
                list.Add((code, name));
                continue;
            }

            try
            {
                list.Add((code, new RegionInfo(code).EnglishName));
            }
            catch (ArgumentException)
            {
                // A region .NET does not name (e.g. Ascension Island's AC): left out of the list.
            }
        }

        return list.OrderBy(c => c.Item2, StringComparer.Ordinal).ToList();
    }
}
