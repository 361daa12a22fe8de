namespace BananPark.Cms.Identity.Setup;

/// <summary>Where the generated first password is printed (the console; tests capture it).</summary>
public sealed class SetupConsole(TextWriter writer)
{
    public SetupConsole() : this(Console.Out)
    {
    }

    public TextWriter Writer => writer;
}
