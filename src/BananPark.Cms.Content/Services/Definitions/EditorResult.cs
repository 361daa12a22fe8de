namespace BananPark.Cms.Content.Services.Definitions;

/// <summary>The outcome of a type editor change: what changed (for the page and the security log), or why nothing did.</summary>
/// <param name="Errors">Messages to show next to the form; empty on success.</param>
/// <param name="Summary">One line saying what changed; null when nothing did.</param>
public sealed record EditorResult(IReadOnlyList<string> Errors, string? Summary)
{
    public bool Succeeded => Errors.Count == 0;

    public static EditorResult Done(string summary) => new([], summary);

    public static EditorResult Fail(params string[] errors) => new(errors, null);
}
