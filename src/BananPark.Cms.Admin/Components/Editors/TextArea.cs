namespace BananPark.Cms.Admin.Components.Editors;

/// <summary>What goes between a textarea's tags.</summary>
public static class TextArea
{
    /// <summary>
    /// The value after a line break: HTML drops one line break right after <c>&lt;textarea&gt;</c>,
    /// so a value that itself starts with one comes back whole.
    /// </summary>
    public static string Content(string? value) => "\n" + value;
}
