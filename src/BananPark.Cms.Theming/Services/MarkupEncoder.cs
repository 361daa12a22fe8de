using System.Text;
using System.Text.Encodings.Web;

namespace BananPark.Cms.Theming.Services;

/// <summary>
/// Encodes template output for HTML text and double-quoted attributes: <c>&amp; &lt; &gt; "</c> become
/// entities and nothing else is touched, so Chinese text, "+86" phone numbers and apostrophes stay
/// readable in the page source. Theme templates must quote attributes with double quotes
/// (a theme test checks this).
/// </summary>
public sealed class MarkupEncoder : TextEncoder
{
    public static MarkupEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        return span.IndexOfAny("&<>\"");
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            _ => null,
        };
        var destination = new Span<char>(buffer, bufferLength);
        if (replacement is null)
        {
            return new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten);
        }

        numberOfCharactersWritten = replacement.Length;
        return replacement.AsSpan().TryCopyTo(destination);
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"';
}
