namespace BananPark.Cms.Identity.Data;

/// <summary>One line of the security log: who did what, to whom, when, from where.</summary>
public sealed class SecurityEvent
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>What happened, e.g. <c>SignInSucceeded</c>, <c>UserDisabled</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The user who acted (or tried to sign in).</summary>
    public string? Actor { get; set; }

    /// <summary>The user or role acted on.</summary>
    public string? Subject { get; set; }

    public string? IpAddress { get; set; }

    public string? Detail { get; set; }
}
