using System.Text;
using BananPark.Cms.Core.ContentManagement;

namespace BananPark.Cms.Recipes.Scripting;

/// <summary>Recursive descent over: expr := term ('+' term)*; term := 'text' | "text" | name '(' [expr] ')'.</summary>
internal sealed class ScriptParser(string source, RecipeScriptScope scope)
{
    private int _position;

    public string ParseAll()
    {
        var value = Expression();
        SkipSpace();
        return _position == source.Length ? value : throw Unsupported();
    }

    private string Expression()
    {
        var value = new StringBuilder(Term());
        while (TryConsume('+'))
        {
            value.Append(Term());
        }

        return value.ToString();
    }

    private string Term()
    {
        SkipSpace();
        if (_position < source.Length && source[_position] is '\'' or '"')
        {
            return Literal();
        }

        var start = _position;
        while (_position < source.Length && char.IsLetter(source[_position]))
        {
            _position++;
        }

        var name = source[start.._position];
        if (name.Length == 0 || !TryConsume('('))
        {
            throw Unsupported();
        }

        var argument = TryConsume(')') ? null : Expression();
        if (argument is not null && !TryConsume(')'))
        {
            throw Unsupported();
        }

        return (name, argument) switch
        {
            ("uuid", null) => IdGenerator.NewId(),
            ("variables", not null) => scope.Variable(argument),
            ("parameters", not null) => scope.Parameter(argument),
            _ => throw Unsupported(),
        };
    }

    private string Literal()
    {
        var quote = source[_position++];
        var value = new StringBuilder();
        while (_position < source.Length && source[_position] != quote)
        {
            var c = source[_position++];
            if (c == '\\' && _position < source.Length)
            {
                c = source[_position++];
            }

            value.Append(c);
        }

        if (_position >= source.Length)
        {
            throw new RecipeScriptException($"unterminated string in script '{Shorten(source)}'.");
        }

        _position++;
        return value.ToString();
    }

    private bool TryConsume(char c)
    {
        SkipSpace();
        if (_position < source.Length && source[_position] == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpace()
    {
        while (_position < source.Length && char.IsWhiteSpace(source[_position]))
        {
            _position++;
        }
    }

    private RecipeScriptException Unsupported()
        => new($"unsupported script '{Shorten(source)}': only uuid(), variables('name'), parameters('name'), quoted text and + are supported.");

    private static string Shorten(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= 60 ? oneLine : string.Concat(oneLine.AsSpan(0, 60), "…");
    }
}
