namespace BananPark.Cms.Identity.Services;

/// <summary>The outcome of an admin action: success, or messages to show next to the form.</summary>
public sealed record AdminResult(IReadOnlyList<string> Errors)
{
    public static AdminResult Ok { get; } = new([]);

    public bool Succeeded => Errors.Count == 0;

    public static AdminResult Fail(params string[] errors) => new(errors);

    public static AdminResult From(Microsoft.AspNetCore.Identity.IdentityResult result)
        => result.Succeeded ? Ok : new(result.Errors.Select(e => e.Description).ToList());
}
