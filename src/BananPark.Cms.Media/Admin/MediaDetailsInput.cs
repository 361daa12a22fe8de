using System.Globalization;
using BananPark.Cms.Core.Media;
using BananPark.Cms.Media.Services;
using Microsoft.AspNetCore.Http;

namespace BananPark.Cms.Media.Admin;

/// <summary>The details form's inputs: <c>alt</c> (the default culture), <c>alt-{culture}</c>, <c>caption</c>, <c>credit</c>, <c>focal-x</c>, <c>focal-y</c>, <c>focal-clear</c>.</summary>
public static class MediaDetailsInput
{
    /// <summary>The cultures editors write alternative texts for: the site's default (<c>""</c>), English, Chinese.</summary>
    public static readonly IReadOnlyList<(string Culture, string Label)> Cultures = [("", "Default"), ("en", "English (en)"), ("zh-CN", "Chinese (zh-CN)")];

    /// <summary>Longest alternative text, caption or credit accepted, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>The input name of a culture's alternative text.</summary>
    public static string AltName(string culture) => culture.Length == 0 ? "alt" : "alt-" + culture;

    /// <summary>The posted change, or the problems that keep it from being saved.</summary>
    public static (MediaMetadataChange Change, IReadOnlyList<string> Problems) Read(IFormCollection form)
    {
        var problems = new List<string>();
        var alts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (culture, label) in Cultures)
        {
            var text = Text(form, AltName(culture), $"The {label} alternative text", problems);
            if (text.Length > 0)
            {
                alts[culture] = text;
            }
        }

        var caption = Text(form, "caption", "The caption", problems);
        var credit = Text(form, "credit", "The credit", problems);
        var clear = form["focal-clear"] == "true";
        FocalPoint? focal = null;
        if (!clear && (form["focal-x"].ToString().Trim().Length > 0 || form["focal-y"].ToString().Trim().Length > 0))
        {
            if (Fraction(form["focal-x"]) is { } x && Fraction(form["focal-y"]) is { } y)
            {
                focal = new FocalPoint(x, y);
            }
            else
            {
                problems.Add("The focal point is two numbers from 0 to 1 (0.5 and 0.5 is the centre).");
            }
        }

        return (new MediaMetadataChange { AltTexts = alts, Caption = caption, Credit = credit, FocalPoint = focal, ClearFocalPoint = clear }, problems);
    }

    private static string Text(IFormCollection form, string name, string label, List<string> problems)
    {
        var text = form[name].ToString().Trim();
        if (text.Length > MaxTextLength)
        {
            problems.Add($"{label} is longer than {MaxTextLength} characters.");
            return "";
        }

        return text.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') ? string.Concat(text.Where(c => !char.IsControl(c))) : text;
    }

    private static double? Fraction(string? posted)
        => double.TryParse(posted?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1 ? value : null;
}
