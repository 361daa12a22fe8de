namespace BananPark.Cms.Theming.Services;

/// <summary>A theme template that failed to parse or render; the message names the template (and line, when known).</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(string message) : base(message)
    {
    }

    public TemplateException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public TemplateException()
    {
    }
}
