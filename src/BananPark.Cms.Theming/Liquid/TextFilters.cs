using BananPark.Cms.Theming.Services;
using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>Filters for running text.</summary>
public static class TextFilters
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private const int DefaultExcerptLength = 160;

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("number_word", NumberWord);
        filters.AddFilter("excerpt", Excerpt);
    }

    /// <summary>
    /// <c>{{ item.HtmlBodyPart.Html | excerpt: 160 }}</c>: the text of some HTML (tags dropped, entities decoded, white
    /// space folded) cut to at most that many characters, at a word boundary where the text has spaces (a Chinese
    /// sentence is cut between characters), with "…" when something was cut. Output is plain text, encoded as usual.
    /// </summary>
    public static ValueTask<FluidValue> Excerpt(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var length = arguments.At(0).IsNil() ? DefaultExcerptLength : (int)Math.Clamp(arguments.At(0).ToNumberValue(), 1, 10_000);
        return new(new StringValue(Excerpts.Of(input.ToStringValue(), length)));
    }

    /// <summary>Small counts as English words ("four groups"), larger ones as digits.</summary>
    public static ValueTask<FluidValue> NumberWord(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var number = input.ToNumberValue();
        return new(new StringValue(number >= 0 && number < Words.Length && number == decimal.Truncate(number)
            ? Words[(int)number]
            : number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
