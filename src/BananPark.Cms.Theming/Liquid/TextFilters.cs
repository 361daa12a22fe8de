using Fluid;
using Fluid.Values;

namespace BananPark.Cms.Theming.Liquid;

/// <summary>Filters for running text.</summary>
public static class TextFilters
{
    private static readonly string[] Words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    public static void Register(FilterCollection filters) => filters.AddFilter("number_word", NumberWord);

    /// <summary>Small counts as English words ("four groups"), larger ones as digits.</summary>
    public static ValueTask<FluidValue> NumberWord(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var number = input.ToNumberValue();
        return new(new StringValue(number >= 0 && number < Words.Length && number == decimal.Truncate(number)
            ? Words[(int)number]
            : number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
